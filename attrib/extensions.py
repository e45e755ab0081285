"""spaCy extensions attrib sets, registered in one place and idempotently."""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Register ``Doc._.attributions`` (list of Attribution); safe to call twice."""
    if not Doc.has_extension("attributions"):
        Doc.set_extension("attributions", default=None)
