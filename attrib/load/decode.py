"""Bytes -> str for article files, with a clear error for what is not text, and a note
for whatever had to be changed to read it."""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple, Optional

from attrib.errors import LoadError

# A well-formed UTF-8 sequence of two to four bytes: text that holds some is UTF-8, even
# if a few stray bytes are not (a pasted Windows-1252 quote mark in a UTF-8 page).
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class Decoded(NamedTuple):
    text: str
    note: Optional[str] = None  # what was done to read it, when it was not plain UTF-8


def decode_text(data: bytes, source: str) -> Decoded:
    """Decode by the evidence of the bytes:

    - UTF-8 (with or without BOM), or UTF-32 or UTF-16 with a BOM: read as is (UTF-32's
      little-endian BOM begins with UTF-16's, so it is tried first);
    - UTF-8 with some bytes that are not (it holds well-formed multi-byte sequences, which
      Windows-1252 text almost never does: an accented capital followed by a symbol):
      read as UTF-8, each bad byte replaced by U+FFFD, and said in the note;
      decoding the whole article as Windows-1252 instead would garble every accented
      letter ("Renée" -> "RenÃ©e");
    - no UTF-8 evidence at all: Windows-1252 (the usual encoding of scraped pages that are
      not UTF-8; it maps curly quotes), said in the note;
    - else a LoadError.
    """
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        try:
            return Decoded(data.decode("utf-32"))
        except UnicodeDecodeError as exc:
            raise LoadError(source, f"invalid UTF-32 text ({exc.reason})") from None
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return Decoded(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise LoadError(source, f"invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise LoadError(source, "binary file (NUL bytes), not an article")
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    body = data[3:] if data.startswith(codecs.BOM_UTF8) else data
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - body.decode("utf-8", errors="ignore").count("\ufffd")
    good = len(_UTF8_MULTIBYTE.findall(body))
    if good:
        return Decoded(text, f"not valid UTF-8: {bad} byte(s) replaced by U+FFFD (first at byte {first_bad}); "
                             "the rest read as UTF-8")
    try:
        return Decoded(data.decode("cp1252"), "not UTF-8: read as Windows-1252")
    except UnicodeDecodeError as exc:
        raise LoadError(source, f"neither UTF-8 nor Windows-1252 text (byte {exc.start})") from None


def decode_bytes(data: bytes, source: str) -> str:
    """The text of :func:`decode_text`, without the note."""
    return decode_text(data, source).text
