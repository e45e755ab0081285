"""Transcripts: paragraphs opened by a speaker's label in capitals.

    An excerpt of the interview:
    "HOST: Will the port reopen in spring?
    "VANCE: It reopens in April. ...

Each labelled paragraph is a direct statement of the labelled speaker, its words after the
label. A paragraph that opens with a quotation mark and no label, right after a labelled one,
goes on with the same speaker (the quotation convention of a transcript printed inside
quotation marks); a stage direction in brackets ("(CROSSTALK.)") says nothing but does not end
the run, and a sign-off ("Follow Ana Vance on Twitter") ends it.

The label must name a person the article names in ordinary letters ("VANCE" for "Ana Vance"),
or speak more than once in a run of labelled paragraphs with such a label (the host no
sentence names), so that "UPDATE:" or "EXCLUSIVE:" is no speaker.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from attrib.detect.found import Found
from attrib.doctext import ents_of, text_of

_LABEL = re.compile(r"[ \t]*(?P<mark>[\"\u201c]?)(?P<label>[A-Z][A-Z.'\u2019 -]{0,30}[A-Z.]):[ \t]+(?=\S)")
_OPENING = "\"\u201c"
_CLOSING = " \t\"\u201d"


def _paragraphs(text: str):
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, start + len(line)
        start += len(line) + 1


_SIGN_OFF = re.compile(r"[\"\u201c]?(?:Follow|Contact|Reach)\b[^\n]*(?:@|Twitter|Facebook)")


def _person_words(doc: Doc) -> list[list[str]]:
    """The words of the persons NER finds, not counting names in capitals (labels themselves)."""
    return [e.text.lower().split() for e in ents_of(doc)[0] if e.label_ == "PERSON" and not e.text.isupper()]


def _names_a_person(label: str, persons: list[list[str]]) -> bool:
    words = label.lower().replace("\u2019", "'").split()
    return any(len(p) >= len(words) and p[-len(words):] == words for p in persons)


def _speaker_labels(text: str, persons: list[list[str]]) -> set[str]:
    """Labels of runs of labelled paragraphs (narration between ends a run) that hold a
    label naming a person: every label of such a run."""
    out: set[str] = set()
    run: Counter = Counter()
    for start, end in [*_paragraphs(text), (len(text), len(text))]:
        match = _LABEL.match(text, start, end)
        if match is not None:
            run[match.group("label")] += 1
        elif start == len(text) or text[start] not in _OPENING or _SIGN_OFF.match(text, start, end):
            named = {label for label in run if _names_a_person(label, persons)}
            if named:
                # a label no sentence names counts when it speaks more than once (the host)
                out |= named | {label for label, n in run.items() if n > 1}
            run = Counter()
    return out


def detect_transcript(doc: Doc) -> tuple[list[Found], list[tuple[int, int]]]:
    """The statements of a transcript's paragraphs, and the paragraphs' character ranges
    (any quotation opening inside them is the transcript's, not a quote of its own)."""
    text = text_of(doc)
    if not _LABEL.search(text):
        return [], []
    persons = _person_words(doc)
    speakers = _speaker_labels(text, persons)
    found: list[Found] = []
    ranges: list[tuple[int, int]] = []
    speaker = None
    for start, end in _paragraphs(text):
        match = _LABEL.match(text, start, end)
        body_end = len(text[start:end].rstrip(_CLOSING)) + start
        if match is not None and match.group("label") in speakers:
            speaker = doc.char_span(match.start("label"), match.end("label"), alignment_mode="expand")
            if speaker is None:
                continue
            if match.end() < body_end:
                found.append(Found("direct", (match.end(), body_end), None, speaker, None, "transcript",
                                   confidence=0.8))
            ranges.append((start, end))
            continue
        if speaker is None or match is not None or text[start] not in _OPENING or _SIGN_OFF.match(text, start, end):
            speaker = None  # narration, or another label: the run ends
            continue
        ranges.append((start, end))
        body_start = start + 1
        if text[body_start:body_end].lstrip().startswith(("(", "[")):
            continue  # "(CROSSTALK.)": a stage direction
        if body_start < body_end:
            found.append(Found("direct", (body_start, body_end), None, speaker, None, "transcript",
                               confidence=0.7))
    return found, ranges
