"""Files a user names as options (a lexicon, aliases, synonyms, saved records): read as
UTF-8, or one line that names the file and says why not."""

from __future__ import annotations

from pathlib import Path

import yaml

from attrib.errors import AttribError


def read_user_file(path: Path | str, what: str, error: type[AttribError] = AttribError) -> str:
    """The UTF-8 text of the file ``path`` the user gave as ``what`` ("lexicon", "aliases")."""
    source = Path(path)
    try:
        return source.read_text(encoding="utf-8")
    except IsADirectoryError:
        raise error(f"{source}: is a folder, not a {what} file") from None
    except OSError as exc:
        raise error(f"{source}: cannot read {what} ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise error(f"{source}: {what} is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})") from None


def read_word_lists(path: Path | str, what: str, shape: str) -> dict[str, list]:
    """A YAML file mapping names to lists ("canonical: [variant, ...]"), checked: ``shape``
    says in the error what each name should map to."""
    text = read_user_file(path, what)
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        raise AttribError(f"{path}: {what} file is not valid YAML") from None
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise AttribError(f"{path}: {what} must map {shape}")
    return data
