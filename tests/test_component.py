"""The spaCy component and the Python API."""

import spacy

import attrib
from attrib.extensions import register_extensions
from attrib.parse import default_model_name


def test_component_sets_doc_attributions():
    import attrib.component  # noqa: F401  registers the factory

    nlp = spacy.load(default_model_name())
    nlp.add_pipe("attrib")
    doc = nlp("\u201cWe are ready,\u201d said Ana Ruiz. She added that the vote was fair.")
    assert [(a.kind, a.speaker.name) for a in doc._.attributions] == [("direct", "Ana Ruiz"), ("indirect", "Ana Ruiz")]


def test_component_extensions_register_twice_harmlessly():
    register_extensions()
    register_extensions()


def test_api_extract_with_metadata():
    records = attrib.extract("Officials said the road was closed.", doc_id="story-1", outlet="Wire")
    assert [(r.id, r.doc_id, r.content.text) for r in records] == [("story-1#1", "story-1", "the road was closed")]
