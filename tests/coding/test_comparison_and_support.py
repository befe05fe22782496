"""Comparisons ("like X, Y did …"), support phrases whose recipient is implied ("the support from X"),
assistance verbs with an infinitive complement, and standing disagreement ("at odds with")."""

from tests.coding.helpers import find

PUB = "2024-03-01"


def code(pipeline, text: str):
    return pipeline.code_text(text, published=PUB)


def test_like_phrase_gives_the_compared_actor_the_same_event(pipeline) -> None:
    events = code(pipeline, "Like France, Germany condemned the attack on Iraq.")
    # condemning an attack whose perpetrator goes unnamed sides with the victim (018)
    assert find(events, "DEU", "IRQ", "018") and find(events, "FRA", "IRQ", "018")


def test_like_phrase_with_coordinated_actors_on_the_main_verb(pipeline) -> None:
    events = code(pipeline, "Like Russia and China, Turkey will help keep the Maduro regime afloat.")
    for src in ("TUR", "RUS", "CHN"):
        assert find(events, src, "VEN", "033"), src  # planned aid: the intent to give it (analyst)


def test_like_phrase_on_a_noun_is_not_a_comparison_of_actors(pipeline) -> None:
    events = code(pipeline, "Countries like Brazil watched as France condemned the attack on Iraq.")
    assert find(events, "FRA", "IRQ", "018")
    assert not find(events, "BRA", "IRQ", "")


def test_unlike_is_not_a_comparison(pipeline) -> None:
    events = code(pipeline, "Unlike Spain, Italy condemned the attack on Iraq.")
    assert find(events, "ITA", "IRQ", "018")
    assert not find(events, "ESP", "IRQ", "")


def test_support_from_x_goes_to_the_owner_of_the_governing_phrase(pipeline) -> None:
    text = "The vote underscores Maduro's efforts to secure allies beyond the support from Russia and China."
    events = code(pipeline, text)
    assert find(events, "RUS", "VEN", "05") and find(events, "CHN", "VEN", "05")


def test_support_with_a_named_recipient_keeps_it(pipeline) -> None:
    events = code(pipeline, "Cuba welcomed the support from Russia for Venezuela.")
    assert find(events, "RUS", "VEN", "05")
    assert not find(events, "RUS", "CUB", "05")


def test_help_with_infinitive_complement_targets_its_object(pipeline) -> None:
    events = code(pipeline, "Turkey helped keep the Venezuelan government afloat.")
    assert find(events, "TUR", "VEN", "07")


def test_at_odds_with_is_a_disagreement(pipeline) -> None:
    events = code(pipeline, "Caracas is at odds with Washington.")
    assert find(events, "VEN", "USA", "11")
    future = code(pipeline, "Turkey will remain at odds with the United States.")
    hit = find(future, "TUR", "USA", "11")
    assert hit and hit[0].modality == "intended"


def test_a_persons_role_follows_the_date_the_sentence_states(pipeline) -> None:
    """Trump held office in 2017 but not in 1999: the stated date, not publication, decides the role."""
    now = pipeline.code_text("Trump visited Russia on Monday.", published="2017-10-09")
    then = pipeline.code_text("In 1999, Trump visited Russia.", published="2017-10-09")
    assert [e.source_code for e in find(now, "USA", "RUS", "042")] == ["USAGOV"]
    assert [e.source_code for e in find(then, "USA", "RUS", "042")] == ["USA"]
    assert find(then, "USA", "RUS", "042")[0].source.entity_id == find(now, "USA", "RUS", "042")[0].source.entity_id
