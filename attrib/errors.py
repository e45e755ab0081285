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


def read_user_file(path, what: str, error: type[AttribError] = AttribError) -> str:
    """The UTF-8 text of a file the user named as ``what`` ("lexicon", "aliases"), or
    ``error`` with one line that names the file and says why not."""
    from pathlib import Path

    source = Path(path)
    try:
        return source.read_text(encoding="utf-8")
    except IsADirectoryError:
        raise error(f"{source}: is a folder, not a {what} file") from None
    except OSError as exc:
        raise error(f"{source}: cannot read {what} ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise error(f"{source}: {what} is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})") from None
