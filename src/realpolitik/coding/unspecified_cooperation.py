"""UNSPECIFIED COOPERATION FROM A GENERIC VERB: a bare verb whose only reading is CAMEO's catch-all
"material cooperation, not specified" (060) is no event under analyst conventions, unless it gives.

The CAMEO.2.0 verb dictionary files whole synonym blocks under a default 060: verbs of increase and
improvement ("boost", "expand", "ease", "facilitate"), of linking and merging ("link", "bind",
"combine"), of running things ("conduct", "control", "oversee", "serve"), of swapping ("exchange",
"trade"), and "add". In news these verbs mostly describe trends, history, business, careers and
speech ("she added that...", "two ports joined by rail", "he once served as consul in Lagos", "a
bank growing abroad"), and the block default then makes any two actors nearby partners in
cooperation. Judged samples of real news found none of these 060 events right. A pattern that names
what is cooperated on ("boost trade", "exchange prisoners") has its own code and is untouched; so are
verbs of giving and helping ("give", "grant", "provide", "aid"), where the transfer is the act
("China gave Laos two patrol boats"), and of founding ("establish"), where what two parties set up
together is ("Chile and Peru founded a joint fund"). PETRARCH codes the block default, and so does
the ``petrarch`` convention setting.
"""

from __future__ import annotations

from realpolitik.coding.frames import SPEECH_VERBS
from realpolitik.coding.patterns import Pattern

UNSPECIFIED_COOPERATION = "060"
# verbs whose bare use is a transfer or help from one party to another, or the founding of something
# ("China and Russia established a joint commission")
GIVING_VERBS = frozenset({
    "aid", "assist", "help", "give", "grant", "provide", "supply", "lend", "loan", "donate",
    "contribute", "award", "bestow", "endow", "entrust", "allocate", "allot", "issue", "accord",
    "establish", "re-establish", "found", "institute", "constitute", "enact",
})  # fmt: skip


def unspecified_cooperation(pattern: Pattern) -> bool:
    """Is this a CAMEO.2.0 bare-verb pattern (no particle, preposition or object) whose code is the
    catch-all 060, on a verb that neither gives nor helps (or that reports speech)?"""
    if pattern.curated or pattern.frame != "V" or not pattern.lemma_only or pattern.code != UNSPECIFIED_COOPERATION:
        return False
    return pattern.lemma in SPEECH_VERBS or pattern.lemma not in GIVING_VERBS
