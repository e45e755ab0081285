"""One base exception, narrow subclasses; messages say what is wrong and what to do."""

from __future__ import annotations


class AttribError(Exception):
    """Base of every error attrib raises on purpose. The CLI prints it as one line."""


class ModelNotFoundError(AttribError):
    """The spaCy pipeline is not installed."""


class LoadError(AttribError):
    """A source could not be read as an article."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class FixtureError(AttribError):
    """A fixture file is missing, malformed or inconsistent with its article."""


class LexiconError(AttribError):
    """A cue lexicon file is malformed."""


class StoreError(AttribError):
    """The store cannot be opened, read or written."""


class OutputError(AttribError):
    """An output file cannot be written (no space left, no permission, ...)."""
