"""Infer the publishing outlet from an article's own text, with its evidence.

Only used when the user gave no outlet. Every rule returns the sentence or line
it relied on, and the article is marked ``outlet_inferred``; when no rule fires
the outlet stays null rather than a guess.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from attrib.dateline import DATELINE


class OutletGuess(NamedTuple):
    outlet: str
    evidence: str


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# "SuchTV | Jun 18, 2024": a site name and a date on one header line.
_HEADER = re.compile(rf"^\s*([A-Z][\w.&' -]{{1,40}}?)\s*\|\s*{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}", re.M)
# "Newsweek reached out to ... for comment": outlets speak of themselves this way.
_REACHED_OUT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-Z][\w.&]*\s){0,3}?[A-Z][\w.&]*) (?:has |had )?(?:reached out to|contacted|emailed)\b[^.\n]*?\bfor (?:a )?comment[^.\n]*\.",
    re.M,
)
# "More Pindula News": a site footer naming the site.
_MORE_FROM = re.compile(r"^More ((?:[A-Z][\w.&]*\s)*?[A-Z][\w.&]*\s(?:News|Media))\s*$", re.M)


def infer_outlet(text: str) -> Optional[OutletGuess]:
    """Return the outlet the text names for itself, or None."""
    wire = next((m for m in DATELINE.finditer(text) if m.group("outlet")), None)
    if wire is not None:  # "NAIROBI, Kenya (Reuters) - "
        return OutletGuess(wire.group("outlet").strip(), wire.group(0).strip())
    # Never "told X", "speaking to X", "in an interview with X": they name a channel the
    # speaker used (bound as the record's ``via``), not the outlet that printed the article.
    for pattern in (_HEADER, _REACHED_OUT, _MORE_FROM):
        match = pattern.search(text)
        if match:
            evidence = match.group(0).strip()
            return OutletGuess(match.group(1).strip(), evidence)
    return None
