"""schemas/ is generated from the models; this fails when it is stale."""

import json

from attrib.models import Attribution
from attrib.schema import schema_texts, stale_schemas
from tests.conftest import ROOT


def test_schemas_up_to_date():
    stale = stale_schemas(ROOT / "schemas")
    assert stale == [], f"stale schemas {stale}: run 'attrib schema --out schemas'"


def test_schemas_attribution_fields_follow_annotation_guidelines():
    schema = json.loads(schema_texts()["attribution.schema.json"])
    for field in ("doc_id", "kind", "content", "speaker", "cue", "via", "core"):
        assert field in schema["properties"]
    assert set(Attribution.model_fields) >= {"id", "confidence", "sentence", "method"}


def test_schemas_records_validate(extract):
    jsonschema = __import__("pytest").importorskip("jsonschema")
    schema = json.loads(schema_texts()["attribution.schema.json"])
    for record in extract("\u201cIt works,\u201d said Ana Ruiz. She added that costs fell."):
        jsonschema.validate(record.model_dump(mode="json"), schema)
