"""load: files (txt with front matter, html, jsonl, folders) -> Article models."""

from attrib.load.paths import iter_articles, load_articles
from attrib.load.text import article_from_text

__all__ = ["article_from_text", "iter_articles", "load_articles"]
