"""evaluate: gold fixtures and the scorer of ANNOTATION.md section 5."""

from attrib.evaluate.fixtures import GoldSet, load_gold
from attrib.evaluate.scorer import score

__all__ = ["GoldSet", "load_gold", "score"]
