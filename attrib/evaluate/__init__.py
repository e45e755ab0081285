"""evaluate: gold fixtures and the scorer of ANNOTATION.md section 5."""

from attrib.evaluate.fixtures import GoldSet, load_gold
from attrib.evaluate.run import evaluate, read_predictions
from attrib.evaluate.scorer import score

__all__ = ["GoldSet", "evaluate", "load_gold", "read_predictions", "score"]
