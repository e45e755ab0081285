"""Word-level diff of two wordings (insert / delete / replace of words, not characters)."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from attrib.models import WordDiff

_TOKEN = re.compile(r"\S+")


def _norm(word: str) -> str:
    return word.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019\u00ab\u00bb").lower().replace("\u2019", "'")


def word_diff(reference: str, member: str) -> list[WordDiff]:
    """Steps turning ``reference`` into ``member``; words compare without case or edge punctuation."""
    ref_words, mem_words = _TOKEN.findall(reference), _TOKEN.findall(member)
    ops = Levenshtein.opcodes([_norm(w) for w in ref_words], [_norm(w) for w in mem_words])
    return [
        WordDiff(
            op=op.tag,  # type: ignore[arg-type]
            reference=" ".join(ref_words[op.src_start : op.src_end]),
            member=" ".join(mem_words[op.dest_start : op.dest_end]),
        )
        for op in ops
    ]


def differs(diff: list[WordDiff]) -> bool:
    return any(step.op != "equal" for step in diff)
