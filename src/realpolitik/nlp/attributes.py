"""The model's attribute rules (tag → POS and morphology, a few lemma and POS exceptions), applied
from a cache instead of a token-by-token ``Matcher`` pass.

spaCy's ``AttributeRuler`` runs a ``Matcher`` over every token with every one of its ~180 rules; on
news text that is about a tenth of the whole model's time, for a result that depends on a token's
own tag, lowercase form, dependency label and whitespace-ness (plus, for a handful of two-token
rules, its neighbour's). This component evaluates each rule's token conditions once per distinct
combination of those values, remembers the outcome, and writes the result as arrays. The rules,
their order (a later rule overrides an earlier one) and the values written are the model's own, so
the annotations are the same as the stock component's; a model whose rules use anything this
evaluator does not know (quantifiers, other attributes or operators) keeps the stock component.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

STOCK = "attribute_ruler"
FACTORY = "realpolitik_attribute_cache"
# What a rule may test (read from the token) and what it may write.
KEYS = (TAG, LOWER, DEP, IS_SPACE)
WRITES = (POS, MORPH, LEMMA, TAG, DEP)
# Distinct keys remembered (about 200 bytes each; a few hundred distinct outcomes are shared):
# enough for the vocabulary of a long run; past it the cache starts again, so memory stays flat.
CACHE_KEYS = 200_000
_KEY_COL = {attr: i for i, attr in enumerate(KEYS)}
_WRITE_COL = {attr: i for i, attr in enumerate(WRITES)}

Check = Callable[[int], bool]  # a condition on one key column's value
TokenTest = dict[int, Check]  # key column → condition; a token passes when all hold
Rule = tuple[list[list[TokenTest]], int, dict[int, int]]  # token patterns, index of the token written, writes


def _check(col: int, spec: Any, strings: StringStore) -> Check | None:
    """One attribute condition of a token pattern, or None if this evaluator does not know it."""
    if col == _KEY_COL[IS_SPACE]:
        if not isinstance(spec, bool):
            return None
        want = int(spec)
        return lambda value: value == want
    if isinstance(spec, str):
        target = get_string_id(spec)
        return lambda value: value == target
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    ((op, arg),) = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        ids = frozenset(get_string_id(v) for v in arg)
        return (lambda value: value in ids) if op == "IN" else (lambda value: value not in ids)
    if op == "REGEX" and isinstance(arg, str):
        pattern = re.compile(arg)
        return lambda value: bool(pattern.search(strings[value] if value else ""))
    return None


def _token_test(token_spec: dict[str, Any], strings: StringStore) -> TokenTest | None:
    test: TokenTest = {}
    for name, spec in token_spec.items():
        attr = IDS.get(name.upper()) if isinstance(name, str) else None
        check = _check(_KEY_COL[attr], spec, strings) if attr in _KEY_COL else None
        if check is None or _KEY_COL[attr] in test:
            return None
        test[_KEY_COL[attr]] = check
    return test


class _Entry:
    """What the rules make of one token key: the one-token rules that match it, in order; their
    writes over ``WRITES`` (values and mask, later rules winning); per multi-token pattern position,
    whether the token passes that position's test; and whether it can start a multi-token match."""

    __slots__ = ("matched", "values", "mask", "multi", "starts")

    def __init__(self, matched: tuple[int, ...], values: np.ndarray, mask: np.ndarray, multi: tuple[bool, ...],
                 starts: bool) -> None:
        self.matched, self.values, self.mask, self.multi, self.starts = matched, values, mask, multi, starts


class CachedAttributeRuler:
    """Applies a stock ``AttributeRuler``'s rules per distinct token key (see the module docstring).

    Every token test of every rule gets a bit. For each key column, the bits of the tests that a
    value passes on that column are computed once per distinct value; a key's tests are then the
    AND of its columns' bits, and its outcome is shared by all keys with the same bits. A new key
    thus costs four dictionary look-ups, a new word one pass of the rules over its lowercase form.
    """

    def __init__(self, vocab: Vocab, name: str = STOCK) -> None:
        self.vocab = vocab
        self.name = name
        self.rules: list[Rule] = []
        self._tests: list[TokenTest] = []  # one-token patterns' tests, then multi-token patterns' tests
        self._single_rule: list[int] = []  # rule of each one-token test (in rule order)
        self._multi: list[tuple[int, int, int, int]] = []  # (rule, first test's bit - singles, length, target)
        self._cache: dict[tuple[int, ...], _Entry] = {}  # token key → its (shared) outcome
        self._columns: list[dict[int, int]] = [{} for _ in KEYS]  # column → value → bits of tests it passes
        self._outcomes: dict[int, _Entry] = {}  # bits → outcome

    @staticmethod
    def compile(stock: AttributeRuler) -> list[Rule] | None:
        """The stock ruler's rules in our form, or None when one of them is beyond this evaluator."""
        rules: list[Rule] = []
        for i, attrs in enumerate(stock.attrs):
            patterns = stock.matcher.get(str(i))[1]
            writes = {int(a): int(v) for a, v in attrs.items()}
            if not writes or any(a not in _WRITE_COL for a in writes):
                return None
            compiled: list[list[TokenTest]] = []
            for pattern in patterns:
                tests = [_token_test(tok, stock.vocab.strings) for tok in pattern]
                if not pattern or any(t is None for t in tests):
                    return None
                compiled.append([t for t in tests if t is not None])
            index = stock.indices[i]
            if not compiled or any(not -len(p) <= index < len(p) for p in compiled):
                return None
            rules.append((compiled, index, writes))
        return rules

    def adopt(self, rules: list[Rule]) -> None:
        self.rules = rules
        self._tests, self._single_rule, self._multi = [], [], []
        for r, (pats, _, _) in enumerate(rules):
            for p in pats:
                if len(p) == 1:
                    self._tests.append(p[0])
                    self._single_rule.append(r)
        multi_tests: list[TokenTest] = []
        for r, (pats, index, _) in enumerate(rules):
            for p in pats:
                if len(p) > 1:
                    self._multi.append((r, len(multi_tests), len(p), index % len(p)))
                    multi_tests.extend(p)
        self._tests.extend(multi_tests)
        self._forget()

    def _forget(self) -> None:
        self._cache.clear()
        self._outcomes.clear()
        for column in self._columns:
            column.clear()

    def _column_bits(self, col: int, value: int) -> int:
        bits = 0
        for bit, test in enumerate(self._tests):
            check = test.get(col)
            if check is None or check(value):
                bits |= 1 << bit
        self._columns[col][value] = bits
        return bits

    def _outcome(self, bits: int) -> _Entry:
        singles = len(self._single_rule)
        matched = tuple(sorted({r for bit, r in enumerate(self._single_rule) if bits >> bit & 1}))
        values = np.zeros(len(WRITES), dtype=np.uint64)
        mask = np.zeros(len(WRITES), dtype=bool)
        for r in matched:
            for attr, value in self.rules[r][2].items():
                values[_WRITE_COL[attr]] = value
                mask[_WRITE_COL[attr]] = True
        multi = tuple(bool(bits >> bit & 1) for bit in range(singles, len(self._tests)))
        starts = any(multi[first] for _, first, _, _ in self._multi)
        entry = self._outcomes[bits] = _Entry(matched, values, mask, multi, starts)
        return entry

    def _entry(self, key: tuple[int, ...]) -> _Entry:
        if len(self._cache) >= CACHE_KEYS:
            self._forget()
        bits = -1
        for col, value in enumerate(key):
            column = self._columns[col].get(value)
            bits &= column if column is not None else self._column_bits(col, value)
        entry = self._outcomes.get(bits) or self._outcome(bits)
        self._cache[key] = entry
        return entry

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or not self.rules:
            return doc
        cache = self._cache
        entries = [cache.get(k) or self._entry(k) for k in map(tuple, doc.to_array(list(KEYS)).tolist())]
        current = doc.to_array(list(WRITES))
        out = np.where(np.stack([e.mask for e in entries]), np.stack([e.values for e in entries]), current)
        for token, extra in self._multi_matches(entries).items():
            row = current[token].copy()
            for r in sorted(set(entries[token].matched) | extra):
                for attr, value in self.rules[r][2].items():
                    row[_WRITE_COL[attr]] = value
            out[token] = row
        doc.from_array(list(WRITES), out)  # type: ignore[arg-type]
        return doc

    def _multi_matches(self, entries: list[_Entry]) -> dict[int, set[int]]:
        """Token index → the multi-token rules that write to it (only tokens that can start one are tried)."""
        found: dict[int, set[int]] = {}
        n = len(entries)
        for start in (i for i, e in enumerate(entries) if e.starts):
            for rule, slot, length, target in self._multi:
                if start + length <= n and all(entries[start + k].multi[slot + k] for k in range(length)):
                    found.setdefault(start + target, set()).add(rule)
        return found


@Language.factory(FACTORY)
def make_attribute_cache(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.vocab, name)


def use_cached_rules(nlp: Language) -> bool:
    """Swap the model's ``attribute_ruler`` for the cached one when its rules allow; True if swapped."""
    if STOCK not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(STOCK)
    if not isinstance(stock, AttributeRuler):
        return False
    rules = CachedAttributeRuler.compile(stock)
    if rules is None:
        return False
    cached = nlp.replace_pipe(STOCK, FACTORY)
    cached.adopt(rules)  # type: ignore[attr-defined]
    return True
