"""match: the same claim across sources, with word-level wording comparison."""

from attrib.match.cluster import cluster_claims
from attrib.match.diff import word_diff

__all__ = ["cluster_claims", "word_diff"]
