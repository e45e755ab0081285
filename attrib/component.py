"""The spaCy component: ``nlp.add_pipe("attrib")`` sets ``doc._.attributions``.

Thin by design: it calls the pure pipeline functions and writes the result.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from attrib.extensions import register_extensions
from attrib.lexicon import load_lexicon
from attrib.pipeline import attributions_from_doc


class AttributionComponent:
    def __init__(self, nlp: Language, name: str, lexicon: Optional[str], doc_id: str):
        register_extensions()
        self.name = name
        self.lexicon = load_lexicon(lexicon)
        self.doc_id = doc_id

    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = attributions_from_doc(doc, self.doc_id, lexicon=self.lexicon)
        return doc


@Language.factory(
    "attrib",
    assigns=["doc._.attributions"],
    requires=["token.dep", "token.lemma", "doc.ents"],
    default_config={"lexicon": None, "doc_id": "doc"},
)
def make_attrib(nlp: Language, name: str, lexicon: Optional[str], doc_id: str) -> AttributionComponent:
    return AttributionComponent(nlp, name, lexicon, doc_id)
