"""Run the detectors over one Doc and reconcile what they found.

Order: transcripts (paragraphs opened by a speaker's label), reported speech (cue verbs), "as X put it", "X's claim that", "according to", quote-led direct quotes,
then quotes with no cue (detect/floating.py). A phrase that only names the channel of another record in
its sentence ("..., according to Russian state media") becomes that record's
``via`` instead of a record of its own.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from attrib.detect.according import detect_according
from attrib.detect.as_frame import detect_as_frames
from attrib.detect.direct import detect_direct
from attrib.detect.floating import floating_quotes
from attrib.detect.found import Found
from attrib.detect.noun_cues import detect_noun_cues
from attrib.detect.quotes import Quote, find_quotes
from attrib.detect.reported import detect_reported
from attrib.detect.transcript import detect_transcript
from attrib.doctext import text_of
from attrib.lexicon import Lexicon, load_lexicon


def _sentence_of(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent.start if span is not None and len(span) else -1


def _paragraph_of(text: str, char: int) -> int:
    return text.count("\n", 0, char)


def _claimed(records: list[Found], quotes: list[Quote]) -> set[int]:
    marks = set()
    for q in quotes:
        for r in records:
            s, e = r.content
            # a record of the quote itself starts after its mark (one character, or two: '')
            if q.open_mark < e and (s - 1 <= q.open_mark or s == q.start):
                marks.add(q.open_mark)
    return marks


def _drop_nested(records: list[Found]) -> list[Found]:
    """A cue inside another record's content is part of that content ("said that he pledged ...")."""
    kept = []
    for r in records:
        nested = r.cue is not None and any(
            o is not r and o.content[0] <= r.cue[0] < o.content[1] and not (o.cue and o.cue[0] == r.cue[0])
            and o.content != r.content
            for o in records
        )
        if not nested:
            kept.append(r)
    return kept


def _join_interrupted(doc: Doc, records: list[Found], quotes: list[Quote], lexicon: Lexicon) -> list[Found]:
    """A quoted sentence interrupted by its cue ('"Our streets," Ana Ruiz said on Monday,
    "belong to people."') is one direct record from its first to its last quoted word, the
    cue included, whichever detector found its parts (ANNOTATION.md 3b)."""
    text = text_of(doc)
    merged: dict[int, Found] = {}
    dropped: set[int] = set()
    for n, r in enumerate(records):
        if r.kind != "direct" or r.cue is None or not text[r.content[0] : r.content[1]].rstrip().endswith(","):
            continue
        after = [q for q in quotes if q.start >= r.content[1] and q.open_mark >= r.cue[1]]
        if not after:
            continue
        nxt = min(after, key=lambda q: q.open_mark)
        gap = text[r.content[1] : nxt.open_mark]
        if "\n" in gap or any(ch in gap for ch in ".!?") or not gap.rstrip().endswith(","):
            continue
        between = doc.char_span(r.content[1], nxt.open_mark, alignment_mode="expand")
        # the record's own cue may be a verb of no lexicon that frames the quote ("she elaborated")
        cues = [t for t in between or [] if t.pos_ in ("VERB", "AUX")
                and (lexicon.is_cue(t.lemma_.lower()) or t.idx == r.cue[0])]
        if len(cues) != 1 or any(t.lower_ in ("and", "but", "while") for t in between or []):
            continue  # '"It is over," she said, and Tom Berg replied, "Not yet."': two statements
        parts = [m for m, o in enumerate(records) if m != n and o.content == (nxt.start, nxt.end)]
        if any(records[m].cue not in (None, r.cue) for m in parts):
            continue  # another cue claims the second quote: two statements
        pieces = r.fragments or (r.content,)
        merged[n] = r._replace(content=(r.content[0], nxt.end), fragments=(*pieces, (nxt.start, nxt.end)))
        dropped.update(parts)
    return [merged.get(n, r) for n, r in enumerate(records) if n not in dropped]


_HEADING_WORDS = 20
_SENTENCE_END = tuple(".!?\u2026")


# A run-in heading: a dash or bullet, a few words and a colon opening a paragraph
# ("- Kim praises Russia: Initial talks focused on ...").
_RUN_IN = re.compile(r"^[ \t]*[-\u2013\u2014\u2022*][ \t]+[^:\n.!?]{3,80}:(?=\s)")


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of headings: paragraphs of one short line with no closing full stop
    ("Flood victims say aid is too slow"), and run-in headings before a colon."""
    out = []
    start = 0
    for block in text.split("\n\n"):
        body = block.strip()
        if body and "\n" not in body and len(body.split()) <= _HEADING_WORDS:
            if not body.rstrip("\"'\u201d\u2019)]").endswith(_SENTENCE_END):
                out.append((start, start + len(block)))
        run_in = _RUN_IN.match(block)
        if run_in is not None:
            out.append((start, start + run_in.end()))
        start += len(block) + 2
    return out


def _headings(text: str, records: list[Found]) -> list[Found]:
    """ANNOTATION.md 3b: a heading is annotated only when it carries a speaker's quoted
    words, and then as non-core; a heading that only reports ("X say Y") is not a record."""
    lines = _heading_lines(text)
    out = []
    for r in records:
        if r.method != "quote-credit" and any(a <= r.content[0] < b for a, b in lines):
            if r.kind == "indirect":
                continue
            r = r._replace(core=False)
        out.append(r)
    return out


def detect(doc: Doc, *, lexicon: Optional[Lexicon] = None, quotes: Optional[list[Quote]] = None) -> list[Found]:
    """All statements of ``doc``, ordered by content start. Never raises on odd punctuation."""
    lexicon = lexicon or load_lexicon()
    quotes = find_quotes(text_of(doc)) if quotes is None else quotes
    records, transcript = detect_transcript(doc)
    records += [found for _, found in detect_reported(doc, quotes, lexicon)]
    records += [found for _, found in detect_as_frames(doc, quotes, lexicon)]
    records += [found for _, found in detect_noun_cues(doc, quotes, lexicon)]
    cue_sentences = {_sentence_of(doc, r.cue[0]) for r in records if r.cue}
    for according, found in detect_according(doc, quotes):
        if according.sent.start in cue_sentences:
            continue  # the channel of a record in this sentence; bound later as via
        records.append(found)
    records = _drop_nested(records)
    # a quotation opening inside a transcript is the transcript's
    in_transcript = {q.open_mark for q in quotes if any(a <= q.open_mark < b for a, b in transcript)}
    claimed = _claimed(records, quotes) | in_transcript
    records += [found for _, found, _ in detect_direct(doc, quotes, claimed, lexicon)]
    records += floating_quotes(doc, records, quotes, _claimed(records, quotes) | in_transcript)
    records = _join_interrupted(doc, records, quotes, lexicon)
    unique: dict[tuple[int, int], Found] = {}
    for r in _headings(text_of(doc), records):
        unique.setdefault(r.content, r)
    return sorted(unique.values(), key=lambda r: r.content)
