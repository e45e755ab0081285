"""JSON Schemas of the exported models: generated into ``schemas/``, checked by a test."""

from __future__ import annotations

import json
from pathlib import Path

from attrib.models import EXPORTED_MODELS


def schema_texts() -> dict[str, str]:
    """File name -> JSON Schema text, for every exported model."""
    out = {}
    for name, model in sorted(EXPORTED_MODELS.items()):
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://attrib.invalid/schemas/{name}.schema.json"
        out[f"{name}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return out


def stale_schemas(directory: Path | str) -> list[str]:
    """Schema files of ``directory`` that are missing or differ from the models."""
    root = Path(directory)
    stale = []
    for name, text in schema_texts().items():
        path = root / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale


def write_schemas(directory: Path | str) -> list[Path]:
    from attrib.report.write import atomic_write

    root = Path(directory)
    written = []
    for name, text in schema_texts().items():
        atomic_write(root / name, text)
        written.append(root / name)
    return written
