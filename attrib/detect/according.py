"""'According to X, ...' and '..., according to X.'"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Optional

from spacy.tokens import Doc, Token

from attrib.detect.documents import author_span, document_author
from attrib.detect.found import Found
from attrib.detect.quotes import Quote
from attrib.detect.spans import content_and_kind, has_finite_verb, inside_quote, pieces_around
from attrib.doctext import text_of


def according_phrases(doc: Doc, quotes: Sequence[Quote]) -> Iterator[tuple[Token, Token, Optional[str]]]:
    """(according, source head, channel) outside quotations."""
    if "according" not in text_of(doc).lower():
        return  # most articles: no need to look at every word
    for token in doc:
        if token.lower_ != "according" or inside_quote(token.idx, quotes):
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "to":
            continue
        objects = [c for c in nxt.children if c.dep_ == "pobj"]
        if objects:
            source, channel = objects[0], None
            # "according to a statement from the ministry": the ministry is the source.
            author = document_author(source)
            if author is not None:
                source, channel = author, source.lower_
            yield token, source, channel


def _phrase_end(doc: Doc, source: int, last: int) -> int:
    """The last token of an according-phrase that runs to ``last``: the token before the
    comma that opens a stretch with a finite verb, else ``last``."""
    commas = [t.i for t in doc[source + 1 : last + 1] if t.text == ","]
    for n, comma in enumerate(commas):
        stop = commas[n + 1] if n + 1 < len(commas) else last + 1
        if has_finite_verb(doc[comma + 1 : stop]):
            return comma - 1
    return last


def detect_according(doc: Doc, quotes: Sequence[Quote]) -> Iterator[tuple[Token, Found]]:
    """Yield (according token, record); the content is the sentence without the phrase."""
    for according, source, channel in according_phrases(doc, quotes):
        sent = according.sent
        first, last = according.i, doc[according.i + 1].right_edge.i
        words = [t.i for t in sent if not (t.is_punct or t.is_space)]
        if first <= words[0] and last >= words[-1]:
            # the parser hung the whole sentence on the phrase ("According to a study by
            # Harvard University, the drug cut deaths"): the phrase ends at the comma
            # before the first clause with a finite verb
            last = _phrase_end(doc, source.i, last)
        if first <= words[0]:
            start_char, end_char = doc[last].idx + len(doc[last]), sent.end_char
        elif last >= words[-1]:
            start_char, end_char = sent.start_char, according.idx
        elif doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ",":
            # "Coastline, according to two of the sources, has held talks ...": the clause it
            # interrupts, the phrase included (ANNOTATION.md 3b)
            start_char, end_char = sent.start_char, sent.end_char
        else:
            continue
        decided = content_and_kind(doc, start_char, end_char, quotes)
        if decided is None:
            continue
        kind, content = decided
        mention = doc[slice(*author_span(source))]
        cue = (according.idx, doc[according.i + 1].idx + 2)
        # "Coastline, according to two of the sources, has held talks": the clause around the phrase
        phrase = (according.idx, doc[last].idx + len(doc[last]))
        fragments = pieces_around(text_of(doc), content, phrase)
        yield according, Found(kind, content, cue, mention, channel, "according-to", fragments=fragments)
