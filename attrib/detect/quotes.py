"""Quotation-mark pairing over raw text, robust to what news pages print.

Handles straight and curly double quotes, guillemets, curly and straight single
quotes used as quotation marks (as opposed to apostrophes), quotes running over several
paragraphs (a re-opening mark at the start of each paragraph) and unclosed
marks (the quote ends with its paragraph and scanning goes on). It never
fails a document: whatever cannot be paired is skipped or marked ``closed=False``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# Each opening mark with the marks that close it: English curly and straight marks (typed
# either way round), guillemets, the German low-high pair („…“ or „…”) and corner brackets.
OPENERS = {"\u201c": "\u201d\"", '"': "\"\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c\u201d\"",
           "\u300c": "\u300d", "\u300e": "\u300f"}
SINGLE_OPEN, SINGLE_CLOSE = "\u2018", "\u2019"
OPENING_MARKS = "".join(OPENERS) + SINGLE_OPEN
CLOSING_MARKS = "".join(sorted(set("".join(OPENERS.values())))) + SINGLE_CLOSE
QUOTE_MARKS = "".join(sorted(set("".join(OPENERS) + "".join(OPENERS.values())))) + SINGLE_OPEN + SINGLE_CLOSE + "'"
_PARAGRAPH = re.compile(r"[^\n]+")


class Quote(NamedTuple):
    """Text between quotation marks: ``start``/``end`` exclude the outer marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark, or -1 when unclosed
    closed: bool
    paragraphs: int  # how many paragraphs it runs over


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _straight_role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for a straight double quote at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{\u2014-/" or i == 0:
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}\u2014-":
        return "close"
    return "either"


def _paragraph_quotes(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """(open_mark, close_mark or -1, closed) for double-type quotes of one paragraph."""
    i = start
    open_at = -1
    closer = ""
    while i < end:
        ch = text[i]
        if open_at < 0:
            if ch in OPENERS and not (ch == '"' and _straight_role(text, i) == "close"):
                open_at, closer = i, OPENERS[ch]
        elif ch in closer or _mistyped_closer(text, i, closer):
            yield open_at, i, True
            open_at = -1
        i += 1
    if open_at >= 0:
        yield open_at, -1, False


def _mistyped_closer(text: str, i: int, closer: str) -> bool:
    """An opening curly mark typed for a closing one ('"It is unusual,“ said Ana Ruiz'): right
    after a comma or a sentence's end and before a space, while a curly quote is open."""
    return (text[i] == "\u201c" and "\u201d" in closer and text[i - 1] in ",.?!"
            and (i + 1 == len(text) or text[i + 1].isspace()))


def _single_quotes(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """Single quotes used as quotation marks: ‘full support’ and, in British style,
    'We are delighted,' -- not Kim’s, leaders’, rock 'n' roll or the '90s. A straight
    mark opens after a space or punctuation, closes before one, and must enclose two words."""
    i = start
    while i < end:
        ch = text[i]
        if ch in (SINGLE_OPEN, "'") and (i == 0 or not _is_word(text[i - 1])) and i + 1 < end and not text[i + 1].isspace():
            closer = SINGLE_CLOSE if ch == SINGLE_OPEN else "'"
            if closer == "'" and text[i + 1].isdigit():
                i += 1  # the '90s
                continue
            j = i + 1
            while j < end:
                if text[j] == closer and not (j + 1 < end and _is_word(text[j + 1])) and not text[j - 1].isspace():
                    if not (closer == "'" and _plural_possessive(text, j, end)):
                        break
                j += 1
            if j < end and j > i + 1 and (closer != "'" or " " in text[i + 1 : j].strip()):
                if text[i : i + 2] == "''" and text[j : j + 2] == "''":
                    j += 1  # ''a quote typed with doubled apostrophes'': the closing mark is both
                yield i, j, True
                i = j
        i += 1


def _plural_possessive(text: str, j: int, end: int) -> bool:
    """The mark of "the players' union": after an s, before a space and a lower-case word."""
    return text[j - 1] in "sS" and j + 2 < end and text[j + 1] == " " and text[j + 2].islower()


def find_quotes(text: str) -> list[Quote]:
    """All quotations of ``text``, outermost only, in order of their opening mark."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    quotes: list[Quote] = []
    pending: tuple[int, int] | None = None  # (open_mark, paragraphs so far) of a quote running on
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        found = list(_paragraph_quotes(text, p_start, p_end))
        covered = [(o, c if c >= 0 else p_end) for o, c, _ in found]
        # Single curly quotes count only outside double quotes (inside, they are nested quotes).
        for o, c, closed in _single_quotes(text, p_start, p_end):
            if not any(a <= o < b for a, b in covered):
                found.append((o, c, closed))
        found.sort()
        if pending is not None:
            first_mark = found[0][0] if found else -1
            first_text = len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
            if found and first_mark == p_start + first_text:
                # The re-opening mark continues the pending quote; its close (if any) ends it.
                open_mark, count = pending
                _, close, closed = found.pop(0)
                if closed:
                    quotes.append(_closed(text, open_mark, close, count + 1))
                    pending = None
                else:
                    pending = (open_mark, count + 1)
            else:
                quotes.append(_unclosed(text, pending, paragraphs[p_index - 1][1]))
                pending = None
        for k, (open_mark, close, closed) in enumerate(found):
            if closed:
                quotes.append(_closed(text, open_mark, close, 1))
            elif k == len(found) - 1:
                pending = (open_mark, 1)
    if pending is not None:
        quotes.append(_unclosed(text, pending, paragraphs[-1][1]))
    quotes.sort(key=lambda q: q.open_mark)
    return [q for q in quotes if q.end > q.start]


def _closed(text: str, open_mark: int, close: int, paragraphs: int) -> Quote:
    """A closed quote; a mark of two apostrophes (''...'') is two characters on each side:
    ``open_mark`` is its first, ``close_mark`` its last, and the text lies between them."""
    start = open_mark + (2 if text[open_mark : open_mark + 2] == "''" else 1)
    end = close - 1 if text[close - 1 : close + 1] == "''" and close - 1 >= start else close
    return Quote(start, end, open_mark, close, True, paragraphs)


def _unclosed(text: str, pending: tuple[int, int], paragraph_end: int) -> Quote:
    open_mark, count = pending
    end = paragraph_end
    while end > open_mark + 1 and text[end - 1].isspace():
        end -= 1
    return Quote(open_mark + 1, end, open_mark, -1, False, count)
