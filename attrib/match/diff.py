"""Word-level diff of two wordings (insert / delete / replace of words, not characters)."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from attrib.detect.quotes import QUOTE_MARKS
from attrib.match.text import visible
from attrib.models import WordDiff

_TOKEN = re.compile(r"\S+")
_ELLIPSIS = re.compile(r"\u2026|\.\.\.")


def _words(text: str) -> list[str]:
    """Words as printed; an ellipsis ("States…A", "States...A") separates words."""
    return _TOKEN.findall(_ELLIPSIS.sub(" … ", visible(text)))


def _norm(word: str) -> str:
    return word.strip(".,;:!?()" + QUOTE_MARKS).lower().replace("\u2019", "'")


def _find(needle: list[str], haystack: list[str]) -> int:
    """Where ``needle`` runs whole inside ``haystack``, or -1."""
    n = len(needle)
    for k in range(len(haystack) - n + 1):
        if haystack[k : k + n] == needle:
            return k
    return -1


def _excerpt(ref_words: list[str], mem_words: list[str], ref: list[str], mem: list[str]) -> list[WordDiff] | None:
    """One wording printed whole inside the other (an excerpt): words around it only."""
    if not ref or not mem or ref == mem:
        return None
    inside = len(ref) < len(mem) and _find(ref, mem)
    if inside is not False and inside >= 0:
        k, n = inside, len(ref)
        steps = [WordDiff(op="insert", reference="", member=" ".join(mem_words[:k]))] if k else []
        steps.append(WordDiff(op="equal", reference=" ".join(ref_words), member=" ".join(mem_words[k : k + n])))
        if k + n < len(mem):
            steps.append(WordDiff(op="insert", reference="", member=" ".join(mem_words[k + n :])))
        return steps
    around = len(mem) < len(ref) and _find(mem, ref)
    if around is not False and around >= 0:
        k, n = around, len(mem)
        steps = [WordDiff(op="delete", reference=" ".join(ref_words[:k]), member="")] if k else []
        steps.append(WordDiff(op="equal", reference=" ".join(ref_words[k : k + n]), member=" ".join(mem_words)))
        if k + n < len(ref):
            steps.append(WordDiff(op="delete", reference=" ".join(ref_words[k + n :]), member=""))
        return steps
    return None


def word_diff(reference: str, member: str) -> list[WordDiff]:
    """Steps turning ``reference`` into ``member``; words compare without case or edge punctuation.
    When one wording is printed whole inside the other (an excerpt), the diff says just that:
    the words before and after it, never a word of it matched somewhere else."""
    ref_words, mem_words = _words(reference), _words(member)
    ref, mem = [_norm(w) for w in ref_words], [_norm(w) for w in mem_words]
    excerpt = _excerpt(ref_words, mem_words, ref, mem)
    if excerpt is not None:
        return excerpt
    return [
        WordDiff(
            op=op.tag,  # type: ignore[arg-type]
            reference=" ".join(ref_words[op.src_start : op.src_end]),
            member=" ".join(mem_words[op.dest_start : op.dest_end]),
        )
        for op in Levenshtein.opcodes(ref, mem)
    ]


def differs(diff: list[WordDiff]) -> bool:
    return any(step.op != "equal" for step in diff)
