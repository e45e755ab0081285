"""Quotations with no cue of their own (ANNOTATION.md 3b, 3c).

- A split quote: a quote that opens a sentence in the paragraph of a quote of a known
  speaker has the same cue and source.
- A floating quote: a quoted paragraph (the quote, at most a short lead-in such as "As for
  the plan,") belongs to the speaker of the nearest earlier statement when only narration
  lies between: no other statement, no other quotation and no other person named, within a
  few paragraphs. This is the rule news readers apply.
- A quote credited by a dash after it ('"..." -- Ana Ruiz'): that name is the source.
- Any other quotation that presents someone's words (a sentence of five words or more, not a
  title in capitals) is reported as unattributed, non-core, so that every quotation the
  article prints is accounted for. Scare quotes, titles and nicknames stay out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from spacy.tokens import Doc

from attrib.detect.found import Found
from attrib.detect.quotes import Quote
from attrib.detect.spans import LINE_SPACES, has_finite_verb
from attrib.doctext import text_of

# A cue-less quote shorter than this many words is a term or a title, not a statement.
MIN_WORDS = 5
# Words of a lead-in a quoted paragraph may have outside its quotation ("As for the plan,").
_LEAD_IN_WORDS = 6
# Paragraphs of narration a floating quote may be away from its speaker's statement.
_MAX_PARAGRAPHS = 2
# Closing quotation marks that may follow a sentence's full stop ('... on "Fox and Friends."').
_CLOSERS = "\u201d\"'\u2019"
# A byline after a quotation marks a title: '"...," by the Globe's Ana Ruiz'.
_BYLINE = re.compile(r"^[,.]?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]")
# A dash, then a name, closing the paragraph: '"..." -- Ana Ruiz'.
_CREDIT = re.compile(r"^[ \t\u00a0]*[\u2015\u2014\u2013-]{1,2}[ \t\u00a0]*(?P<name>[^\n]{2,80}?)[ .\u00a0]*$")


def _span_tokens(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def speaks(doc: Doc, quote: Quote) -> bool:
    """Whether a quotation presents someone's words: five words or more, a clause (a finite
    verb) or a sentence (closing punctuation), and not a title in capitals."""
    text = text_of(doc)[quote.start : quote.end]
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text)
    if len(words) < MIN_WORDS:
        return False
    capitals = sum(w[0].isupper() for w in words if len(w) > 3)
    long_words = sum(1 for w in words if len(w) > 3)
    if long_words and capitals / long_words > 0.6:
        return False  # "How to Foster Long-Term Innovation Investment"
    after = text_of(doc)[(quote.close_mark + 1) if quote.closed else quote.end :][:40]
    if _BYLINE.match(after):
        return False  # '"Posthumous books could ...," by Ana Ruiz': the title of a work
    closes = text.rstrip(" \u201d\"'\u2019").endswith((".", "!", "?", ",", "\u2026"))
    return closes or has_finite_verb(_span_tokens(doc, quote.start, quote.end))


def _quoted_paragraph(text: str, quote: Quote, quotes: Sequence[Quote], doc: Doc) -> bool:
    """The quote is its paragraph, apart from a short lead-in without a verb."""
    p_start, p_end = _paragraph(text, quote.open_mark)
    outside = text[p_start : quote.open_mark]
    after = text[(quote.close_mark + 1) if quote.closed else quote.end : p_end]
    if _words(after) > 0 or any(p_start <= q.open_mark < p_end and q is not quote for q in quotes):
        return False
    if _words(outside) > _LEAD_IN_WORDS:
        return False
    return not has_finite_verb(_span_tokens(doc, p_start, quote.open_mark))


def _other_speaker_between(doc: Doc, start: int, end: int, speaker: Found) -> bool:
    """Whether the narration between names a person other than the speaker."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    own = {t.lower_ for t in speaker.mention} if speaker.mention is not None else set()
    return any(e.label_ == "PERSON" and not ({t.lower_ for t in e} & own) for e in span.ents)


def _credit(doc: Doc, quote: Quote) -> Optional[Found]:
    """'"..." -- Ana Ruiz': the name after a dash that closes the quote's paragraph."""
    if not quote.closed:
        return None
    text = text_of(doc)
    _, p_end = _paragraph(text, quote.close_mark)
    match = _CREDIT.match(text[quote.close_mark + 1 : p_end])
    if match is None:
        return None
    start = quote.close_mark + 1 + match.start("name")
    name = doc.char_span(start, start + len(match.group("name").rstrip(" .,")), alignment_mode="contract")
    if name is None or not len(name) or len(name) > 6 or not all(t.pos_ == "PROPN" or t.is_punct for t in name):
        return None
    return Found("direct", (quote.start, quote.end), None, name, None, "quote-credit", core=True, confidence=0.8)


def floating_quotes(doc: Doc, records: Sequence[Found], quotes: Sequence[Quote], claimed: set[int]) -> list[Found]:
    """Records for the quotes no cue claimed: split quotes, floating quotes, dash credits and,
    for the rest that present someone's words, unattributed quotations."""
    text = text_of(doc)
    out: list[Found] = []
    for quote in quotes:
        if quote.open_mark in claimed:
            continue
        credited = _credit(doc, quote)
        if credited is not None:
            out.append(credited)
            continue
        prev: Optional[Found] = None
        for r in [*records, *out]:
            if r.content[1] <= quote.open_mark and r.method != "unattributed" and (
                    prev is None or r.content[1] >= prev.content[1]):
                prev = r
        found = _follow(doc, text, quote, quotes, prev) if prev is not None else None
        if (found is None and prev is not None and prev.mention is not None and _one_sentence(doc, prev, quote)
                and speaks(doc, quote)):
            # 'Clinton says she hopes to win, but she knows that "LeBron will always be the king."':
            # a quotation after a statement of its own sentence, outside its content, is that speaker's
            found = Found("direct", (quote.start, quote.end), None, prev.mention, prev.via, "continuation",
                          core=True, confidence=0.5)
        if found is not None:
            out.append(found)
        elif speaks(doc, quote):
            out.append(Found("direct", (quote.start, quote.end), None, None, None, "unattributed", core=False,
                             confidence=0.3))
    return out


def _one_sentence(doc: Doc, record: Found, quote: Quote) -> bool:
    """The record's statement and the quotation are in one sentence of the parse."""
    a = doc.char_span(record.content[0], record.content[0] + 1, alignment_mode="expand")
    b = doc.char_span(quote.open_mark, quote.open_mark + 1, alignment_mode="expand")
    return a is not None and b is not None and len(a) and len(b) and a[0].sent.start == b[0].sent.start


def _follow(doc: Doc, text: str, quote: Quote, quotes: Sequence[Quote], prev: Found) -> Optional[Found]:
    """The record of a quote that continues ``prev``'s speaker, or None."""
    before = text[: quote.open_mark].rstrip(LINE_SPACES)
    between = text[prev.content[1] : quote.open_mark]
    if "\n" not in between:
        if not before.rstrip(_CLOSERS).endswith((".", "!", "?")):
            return None  # the quote does not open a sentence
        if prev.kind in ("direct", "mixed"):
            # Split quote: '"The question is ...," Cha said. "That could ..."': same cue and source.
            return prev._replace(content=(quote.start, quote.end), kind="direct", method="split-quote", fragments=None)
        if prev.mention is not None and speaks(doc, quote) and not _other_speaker_between(
                doc, prev.content[1], quote.open_mark, prev):
            # 'The talks may stall, Lee said. "The other factor is ..."': the speaker goes on
            return Found("direct", (quote.start, quote.end), None, prev.mention, prev.via, "continuation",
                         core=True, confidence=0.7)
        return None
    narration = [line for line in between.split("\n")[1:-1] if line.strip()]  # paragraphs between
    if not narration and prev.kind in ("direct", "mixed") and not before.split("\n")[-1].strip() and speaks(
            doc, quote):
        # A quoted paragraph right after the paragraph of the speaker's quote (3b).
        return Found("direct", (quote.start, quote.end), None, prev.mention, prev.via, "continuation", core=True,
                     confidence=0.7)
    if not speaks(doc, quote) or not _quoted_paragraph(text, quote, quotes, doc) or len(narration) > _MAX_PARAGRAPHS:
        return None
    if any(prev.content[1] < q.open_mark < quote.open_mark for q in quotes):
        return None  # another quotation between: the reader cannot tell
    if _other_speaker_between(doc, prev.content[1], _paragraph(text, quote.open_mark)[0], prev):
        return None
    # A quoted paragraph after the speaker's statement, only narration between (3b, 3c).
    return Found("direct", (quote.start, quote.end), None, prev.mention, prev.via, "continuation", core=True,
                 confidence=0.6)
