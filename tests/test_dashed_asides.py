"""DASHED ASIDE (``nlp.asides``): a clause set off by a pair of dashes is parsed as if it were not there.

Sentences written for these tests. Each is chosen so that the small English parser hangs a word outside
the aside on a verb inside it; each is also coded with the repair switched off.
"""

from __future__ import annotations

import pytest

import realpolitik.nlp.asides as asides
from tests.coding.helpers import asserted_pairs

PUB = "2024-03-01"


@pytest.mark.parametrize(("text", "event"), [
    ("Chile -- whose navy patrols the area, where Peru claims the waters -- accused Bolivia of violating the accord.",
     ("CHL", "BOL", "112")),
    ("The Danish premier -- who met Putin in May, a week after Latvia held its vote -- praised Lithuania for its "
     "reforms.", ("DNK", "LTU", "051")),
    ("The verdict caused an outcry abroad, with Canada -- which will chair the G8 from June, the month Chile hosts "
     "the games -- vowing to keep up pressure on Hanoi.", ("CAN", "VNM", "100")),
])
def test_the_words_outside_an_aside_keep_their_own_clause(pipeline, monkeypatch, text: str,
                                                         event: tuple[str, str, str]) -> None:
    """Without the repair the parser makes the sentence's subject or verb part of the aside, and the
    sentence's own act has no source."""
    assert event in asserted_pairs(pipeline.code_text(text, published=PUB))
    monkeypatch.setattr(asides.DashedAsides, "__call__", lambda self, doc: doc)
    assert event not in asserted_pairs(pipeline.code_text(text, published=PUB))


def test_the_repaired_sentence_is_one_tree_with_the_aside_hung_from_its_neighbour(nlp) -> None:
    doc = nlp("Chile -- whose navy patrols the area, where Peru claims the waters -- accused Bolivia of it.")
    assert len(list(doc.sents)) == 1
    accused = next(t for t in doc if t.text == "accused")
    assert accused.dep_ == "ROOT"
    assert [t.text for t in accused.children if t.dep_ == "nsubj"] == ["Chile"]
    opening, closing = (t for t in doc if t.text == "--")
    assert opening.head == closing.head and opening.head.i in range(opening.i, closing.i)
    assert all(t.head.i < opening.i or t.head.i > closing.i for t in doc if not opening.i <= t.i <= closing.i)


@pytest.mark.parametrize("text", [
    "Norway -- the host of the talks -- urged Colombia to free the hostages.",
    "Japan pledged new loans to Cambodia on Monday.",
    "Prices rose -- sharply.",
])
def test_a_sentence_parsed_well_is_left_as_the_parser_gave_it(nlp, text: str) -> None:
    """The repair never touches a sentence whose asides are parsed as asides, nor one without them."""
    stock = [(t.dep_, t.head.i, t.tag_) for t in nlp.get_pipe("parser")(
        nlp.get_pipe("tagger")(nlp.get_pipe("tok2vec")(nlp.make_doc(text))))]
    assert [(t.dep_, t.head.i, t.tag_) for t in nlp(text)] == stock


def test_the_repair_is_the_same_in_a_batch_as_alone(nlp) -> None:
    texts = [
        "Chile -- whose navy patrols the area, where Peru claims the waters -- accused Bolivia of it.",
        "Prices rose.\n\nThe Danish premier -- who met Putin in May, a week after Latvia held its vote -- "
        "praised Lithuania.",
    ]
    alone = [[(t.dep_, t.head.i) for t in nlp(x)] for x in texts]
    batched = [[(t.dep_, t.head.i) for t in d] for d in nlp.pipe(texts, batch_size=2)]
    assert alone == batched
