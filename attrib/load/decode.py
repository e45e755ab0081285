"""Bytes -> str for article files, with a clear error for what is not text."""

from __future__ import annotations

import codecs

from attrib.errors import LoadError


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; else Windows-1252.

    Windows-1252 is the usual encoding of scraped pages that are not UTF-8 and it
    maps curly quotes correctly; it is only tried when UTF-8 fails.
    """
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(source, f"invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise LoadError(source, "binary file (NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise LoadError(source, f"neither UTF-8 nor Windows-1252 text (byte {exc.start})") from None
