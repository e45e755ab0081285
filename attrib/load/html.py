"""HTML pages: main text extracted by trafilatura; that text becomes the article text."""

from __future__ import annotations

from typing import Optional

from attrib.errors import LoadError
from attrib.load.text import article_from_text
from attrib.models import Article


def load_html(raw: str, *, doc_id: str, source: str, outlet: Optional[str] = None) -> Article:
    """Offsets of records refer to the extracted text, which is kept as ``Article.text``."""
    import trafilatura  # imported here: only HTML input pays for it

    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise LoadError(source, "no article text found in the HTML")
    meta = trafilatura.extract_metadata(raw)
    title = meta.title if meta else None
    published = meta.date if meta and meta.date else None
    url = meta.url if meta else None
    evidence, inferred = None, False
    if outlet is None and meta is not None and meta.sitename:
        outlet, evidence, inferred = meta.sitename, f"page metadata site name: {meta.sitename}", True
    return article_from_text(
        text,
        doc_id=doc_id,
        outlet=outlet,
        outlet_evidence=evidence,
        outlet_inferred=inferred,
        published=(published or "")[:10] or None,
        title=title,
        url=url,
        source=source,
    )
