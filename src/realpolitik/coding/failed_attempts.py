"""A failed attempt is no refusal.

"Failed to implement the accord" is non-compliance, a rejection (CAMEO 12) by whoever failed. But
"failed to persuade Y", "tried but failed to set up talks", "failed to sway Y's policy" tell
that an effort did not succeed: nobody refused anything, and the act simply did not happen
(``negated``). The class is read from the failed verb (a verb of bringing something about in someone
else: persuade, influence, broker ...) or from a stated attempt beside the failure ("tried but
failed", "sought to ... but failed").
"""

from __future__ import annotations

from spacy.tokens import Token

from realpolitik.coding.frames import lemma

FAILING_VERBS = frozenset({"fail"})
# Verbs whose success depends on someone else: failing at them is an unsuccessful effort.
EFFECT_VERBS = frozenset(
    {
        "persuade", "convince", "influence", "sway", "induce", "arrange", "broker", "mediate", "secure", "win",
        "obtain", "prevent", "stop", "halt", "bring", "force", "coax", "pressure", "pressurize", "pressurise",
    }
)  # fmt: skip
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "strive", "endeavour", "endeavor"})


def failed_attempt(trigger: Token, head: Token | None) -> bool:
    """Is ``trigger`` an effort that failed (``head`` is its governing "fail"), not a refusal?"""
    if head is None or lemma(head) not in FAILING_VERBS:
        return False
    if lemma(trigger) in EFFECT_VERBS:
        return True
    near = [head.head, *head.conjuncts, *(c for c in head.children if c.dep_ in ("conj", "advcl"))]
    return any(lemma(t) in ATTEMPT_VERBS for t in near if t.i != head.i)


def failed_effort(trigger: Token) -> bool:
    """Is ``trigger`` itself the "fail" of a failed effort ("failed to sway X's policy")? The bare
    verb's CAMEO.2.0 entry reads it as a rejection (120), which an unsuccessful effort is not."""
    if lemma(trigger) not in FAILING_VERBS:
        return False
    return any(c.dep_ == "xcomp" and failed_attempt(c, trigger) for c in trigger.children)
