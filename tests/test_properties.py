"""Property tests (hypothesis): for arbitrary text, extraction never raises, every span lies
inside the text and equals text[start:end], every record validates against the published
schema, and results are deterministic."""

import json

import jsonschema
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attrib.schema import schema_texts

SCHEMA = json.loads(schema_texts()["attribution.schema.json"])
PIECES = st.sampled_from([
    "Ana Ruiz said ", "the plan failed", ", she said.", " \u201c", "\u201d ", '"', "\u2018", "\u2019", "\u00ab", "\u00bb",
    "\n\n", "According to officials, ", " told Reuters that ", "He added: ", ". ", "Kim\u2019s ", "they said",
    "the agency", " was quoted as saying ", "(", ")", ":", "\u2014", "\u2026", "'", " and pledged ",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.text(max_size=400),
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=30).map("".join),
)


def spans_of(record):
    for span in (record.content, record.cue, record.speaker.mention, record.speaker.antecedent):
        if span is not None:
            yield span


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
@example(text=", she said.: \u201cAna Ruiz said \u2014")  # an interrupting cue inside an unclosed quotation
def test_properties_extraction(extractor, text):
    first = extractor.extract_text(text, "doc")
    for record in first:
        for span in spans_of(record):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        jsonschema.validate(record.model_dump(mode="json"), SCHEMA)
    again = extractor.extract_text(text, "doc")
    assert [r.model_dump() for r in again] == [r.model_dump() for r in first]
