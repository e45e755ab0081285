"""The text of a spaCy Doc, computed once.

``Doc.text`` joins every token on each access, so code that slices it per record turns
linear work quadratic on long articles. Everything in attrib reads it through here.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "attrib_text"


def text_of(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
