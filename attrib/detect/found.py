"""The light record used inside the pipeline: spaCy objects and char offsets, no pydantic."""

from __future__ import annotations

from typing import NamedTuple, Optional

from spacy.tokens import Span as SpacySpan


class Found(NamedTuple):
    """One detected statement before speakers are resolved.

    ``content`` and ``cue`` are (start, end) character offsets; ``mention`` is
    the spaCy span of the source in this sentence (None for continuations,
    which take the previous record's speaker). ``fragments`` are the (start, end) pieces of a
    statement interrupted by its frame (ANNOTATION.md 3c), or None.
    """

    kind: str
    content: tuple[int, int]
    cue: Optional[tuple[int, int]]
    mention: Optional[SpacySpan]
    via: Optional[str]
    method: str
    core: bool = True
    confidence: float = 0.9
    fragments: Optional[tuple[tuple[int, int], ...]] = None  # the pieces of an interrupted statement
