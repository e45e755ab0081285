"""attrib: a claim and quote attribution tracker for English news.

Data flow: load -> parse -> detect -> attribute -> bind -> (store -> match) -> report.
"""

from attrib.errors import AttribError, LoadError, ModelNotFoundError
from attrib.load import iter_articles, load_articles
from attrib.models import Article, Attribution, ClaimCluster, EvalReport, Span, Speaker
from attrib.pipeline import Extractor, extract

__all__ = [
    "Article",
    "AttribError",
    "Attribution",
    "ClaimCluster",
    "EvalReport",
    "Extractor",
    "LoadError",
    "ModelNotFoundError",
    "Span",
    "Speaker",
    "extract",
    "iter_articles",
    "load_articles",
]
