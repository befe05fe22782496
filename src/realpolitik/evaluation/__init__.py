"""Gold-set evaluation: load gold records, run the coder over them, score at several levels.

See docs/evaluation.md for the levels and the report shape; ``realpolitik eval`` is the CLI.
"""

from realpolitik.evaluation.gold import GoldRecord, GoldSet, load_gold
from realpolitik.evaluation.matching import LEVELS, score, score_by_part
from realpolitik.evaluation.runner import evaluate, run_records

__all__ = ["LEVELS", "GoldRecord", "GoldSet", "evaluate", "load_gold", "run_records", "score", "score_by_part"]
