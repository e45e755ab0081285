"""The dateline that opens a news story: "NAIROBI, Kenya (Reuters) - ", "WASHINGTON (AP) — ",
"LONDON, June 5 (Reuters) - ", "WASHINGTON — ", "New York (AFP) - ". Read by outlet inference (the wire in
brackets) and by detection (a statement that opens the story does not include it)."""

from __future__ import annotations

import re
from typing import Optional

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+)*)"  # NAIROBI, NEW YORK, WASHINGTON
    r"(?:,\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*)*"  # , Kenya  , D.C.
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?"  # , June 5
    r"\s*(?:\((?P<outlet>[A-Z][\w.&' -]{1,30})\))?"  # (Reuters)
    r"\s*[-\u2013\u2014]{1,2}\s+",
    re.M,
)
# "New York (AFP) - ": a place in ordinary letters is a dateline only with the wire in brackets.
_TITLED = re.compile(
    r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}(?:,\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*)*"
    r"\s*\([A-Z][\w.&' -]{1,30}\)\s*[-\u2013\u2014]{1,2}\s+",
    re.M,
)
# A dateline only opens a story: it is looked for in its first characters.
OPENING = 400


def dateline_end(text: str, start: int) -> Optional[int]:
    """Where the text after a dateline begins, when one starts a paragraph at ``start`` near
    the top of the story; else None."""
    if start > OPENING or (start > 0 and text[start - 1] != "\n"):
        return None
    match = DATELINE.match(text, start) or _TITLED.match(text, start)
    return match.end() if match else None
