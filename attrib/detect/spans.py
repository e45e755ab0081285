"""Small helpers over token spans and character offsets shared by the detectors."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from attrib.dateline import dateline_end
from attrib.detect.quotes import QUOTE_MARKS, Quote
from attrib.doctext import text_of

QUOTE_CHARS = QUOTE_MARKS
# The typographic spaces news text prints within a line (no-break, thin, narrow no-break,
# figure ...), each one character, so replacing them keeps offsets; and with them the ASCII ones.
TYPOGRAPHIC_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
LINE_SPACES = " \t" + TYPOGRAPHIC_SPACES
# Punctuation that ends a clause, never part of its content ("5%" keeps its sign).
_TRAILING = set(".,;:!?\u2026-\u2013\u2014" + QUOTE_CHARS)


def is_punct_char(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P") or ch in "\u2026"


_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))


def has_finite_verb(tokens: Iterable[Token]) -> bool:
    """Whether a stretch of tokens holds a finite verb: a clause of its own, not a phrase."""
    return any(t.tag_ in _FINITE for t in tokens)


def puts_it(verb: Token) -> bool:
    """The idiom "put it" ("As Ms. Reyes put it, ..."): the verb "put" with "it" as its object."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def subtree_extent(token: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    """Token index range [first, last] of ``token``'s subtree minus the subtrees of ``exclude``."""
    cut = {t.i for x in exclude for t in x.subtree}
    idx = [t.i for t in token.subtree if t.i not in cut]
    return min(idx), max(idx)


def clean_content(doc: Doc, start: int, end: int, quotes: Sequence[Quote]) -> tuple[int, int]:
    """Trim a reported clause: no leading 'that' or punctuation, no trailing punctuation,
    except that a closing quotation mark (and what it encloses) is kept when the
    content ends with a quoted fragment."""
    text = text_of(doc)
    while True:
        while start < end and (text[start].isspace() or (is_punct_char(text[start]) and text[start] not in QUOTE_CHARS + "(")):
            start += 1
        lowered = text[start : start + 5].lower()
        if lowered.startswith("that") and (start + 4 >= end or not text[start + 4].isalnum()) and not _determiner(doc, start):
            start += 4
            continue
        after_dateline = dateline_end(text, start)
        if after_dateline is not None and after_dateline < end:
            start = after_dateline  # "NAIROBI, Kenya (Reuters) - Police fired ..., witnesses said"
            continue
        break
    closes = {q.close_mark for q in quotes if q.closed}
    opens = {q.open_mark for q in quotes}
    while end > start:
        ch = text[end - 1]
        if ch.isspace():
            end -= 1
        elif (end - 1) in closes and any(start <= q.open_mark < end - 1 for q in quotes if q.close_mark == end - 1):
            break  # keep a quoted fragment's closing mark
        elif (end - 1) in opens or ch in _TRAILING:
            end -= 1
        else:
            break
    # A reported clause never starts or stops inside a quotation: extend to its marks.
    for q in quotes:
        if q.start <= start < q.end and (not q.closed or q.close_mark < end + 1):
            start = q.open_mark
    for q in quotes:
        if q.closed and q.start <= end <= q.close_mark and q.open_mark >= start:
            end = q.close_mark + 1
    while True:
        words = text[start:end].rstrip()
        last = words.rsplit(None, 1)[-1] if words.split() else ""
        if last.lower() in ("and", "but", "or") and len(words.split()) > 1:
            end = start + len(words) - len(last)
            end = len(text[:end].rstrip(" ,"))
        else:
            break
    # A leading quotation mark whose quote closes outside the content is dropped.
    if start < end and start in opens and not any(q.open_mark == start and q.close_mark < end for q in quotes):
        start += 1
    return start, end


def _determiner(doc: Doc, char: int) -> bool:
    """Whether the word at ``char`` is a determiner ("that claim"), not the complementizer."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].dep_ == "det"


def inside_quote(offset: int, quotes: Sequence[Quote]) -> bool:
    return any(q.start <= offset < q.end for q in quotes)


def covering_quote(start: int, end: int, quotes: Sequence[Quote]) -> Quote | None:
    """The quote that holds [start, end) within its marks, if any."""
    for q in quotes:
        close = q.close_mark if q.closed else q.end
        if q.open_mark <= start and end <= close + 1:
            return q
    return None


def has_quote(start: int, end: int, quotes: Sequence[Quote]) -> bool:
    """Whether any quotation overlaps [start, end)."""
    return any(q.start < end and q.end > start for q in quotes)


def sentence_bounds(token: Token) -> tuple[int, int]:
    sent = token.sent
    return sent.start_char, sent.end_char


def content_and_kind(doc: Doc, start: int, end: int, quotes: Sequence[Quote]) -> tuple[str, tuple[int, int]] | None:
    """Clean a content span and decide its kind: held by one quotation -> ``direct`` (the
    quotation's inside), holding quoted fragments -> ``mixed``, else ``indirect``."""
    start, end = clean_content(doc, start, end, quotes)
    if end - start < 2:
        return None
    holder = covering_quote(start, end, quotes)
    if holder is not None:
        return "direct", (holder.start, holder.end)
    return ("mixed" if has_quote(start, end, quotes) else "indirect"), (start, end)


def quoted_but_for(text: str, span: tuple[int, int], quotes: Sequence[Quote], segment: tuple[int, int]) -> bool:
    """Whether every word of ``span`` lies inside a quotation, apart from ``segment`` (the
    interrupting '..., she added, ...'): an interrupted direct quote, not a mixed one."""
    start, end = span
    keep = [True] * (end - start)
    ranges = [(q.open_mark, (q.close_mark if q.closed else q.end) + 1) for q in quotes] + [segment]
    for a, b in ranges:
        for i in range(max(a, start), min(b, end)):
            keep[i - start] = False
    return not any(ch.isalnum() for ch, k in zip(text[start:end], keep) if k)


def pieces_around(text: str, span: tuple[int, int], segment: tuple[int, int]) -> tuple[tuple[int, int], ...] | None:
    """The parts of ``span`` before and after ``segment`` (an interrupting '..., she said, ...'),
    without the commas and spaces that set the segment off; None when it does not interrupt."""
    start, end = span
    seg_start, seg_end = segment
    if not (start < seg_start and seg_end < end):
        return None
    left_end = seg_start
    while left_end > start and (text[left_end - 1].isspace() or text[left_end - 1] in ",\u2014-"):
        left_end -= 1
    right_start = seg_end
    while right_start < end and (text[right_start].isspace() or text[right_start] in ",\u2014-"):
        right_start += 1
    if left_end <= start or right_start >= end:
        return None
    return (start, left_end), (right_start, end)


def headline_case(tokens: Iterable[Token], least: int = 2) -> bool:
    """Words written as a headline in title case or capitals ("Mayor Backs New Plan"): of
    the words longer than three letters, at least ``least``, nearly all capitalised."""
    words = [t for t in tokens if t.is_alpha and len(t) > 3]
    return len(words) >= least and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)
