"""What the articles themselves say about which event a statement belongs to.

Two statements from articles about unrelated events need much stronger evidence to be
"the same statement" than two from articles on one story. Each article is profiled by the
participants its statements name (named words of every content, and every speaker key),
weighted by TF-IDF over the articles compared (textacy's ``Vectorizer``): two articles share
an event when their profiles are close, and, when both dates are known, when they were
published at most a week apart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Optional

from attrib.match.similarity import Features
from attrib.models import Attribution

# Cosine of two articles' TF-IDF profiles from which they are taken to report one event.
RELATED = 0.2
MAX_DAYS_APART = 7
# A claim in other words is news of the moment: outlets report it within days. Two
# paraphrases printed further apart are most often the same line said on another occasion.
CLAIM_MAX_DAYS_APART = 2


class Context:
    """Article-to-article relatedness over one set of records."""

    def __init__(self, records: Sequence[Attribution], feats: Sequence[Features],
                 published: Optional[dict[str, Optional[dt.date]]] = None):
        terms: dict[str, list[str]] = defaultdict(list)
        for r, f in zip(records, feats):
            terms[r.doc_id].extend(sorted(f.names))
            if r.speaker.key and r.speaker.resolution != "unresolved":
                terms[r.doc_id].append(r.speaker.key)
        self.docs = sorted(terms)
        self.profiled = {d: bool(t) for d, t in terms.items()}
        self.row = {d: k for k, d in enumerate(self.docs)}
        self.published = {d: _date(v) for d, v in (published or {}).items()}
        self._vectors: dict[str, dict[int, float]] = {}
        if len(self.docs) > 1 and any(terms.values()):
            from textacy.representations.vectorizers import Vectorizer  # heavy import: only when clustering

            vectorizer = Vectorizer(tf_type="linear", idf_type="smooth", norm="l2")
            matrix = vectorizer.fit_transform([terms[d] for d in self.docs]).tocsr()
            for d, k in self.row.items():  # sparse rows as dicts: a dot product per pair, no matrix slicing
                lo, hi = matrix.indptr[k], matrix.indptr[k + 1]
                self._vectors[d] = dict(zip(matrix.indices[lo:hi].tolist(), matrix.data[lo:hi].tolist()))
        self._memo: dict[tuple[str, str], bool] = {}

    def similarity(self, a: str, b: str) -> float:
        """Cosine of the two articles' profiles (their vectors are L2-normalised)."""
        va, vb = self._vectors.get(a), self._vectors.get(b)
        if not va or not vb:
            return 0.0
        if len(vb) < len(va):
            va, vb = vb, va
        return math.fsum(w * vb.get(t, 0.0) for t, w in va.items())

    def near(self, a: str, b: str, days: int = MAX_DAYS_APART) -> bool:
        """Published at most ``days`` apart; without both dates, as :meth:`related` says."""
        da, db = self.published.get(a), self.published.get(b)
        if da is None or db is None:
            return self.related(a, b)
        return abs((da - db).days) <= days

    def related(self, a: str, b: str) -> bool:
        """Whether two articles report one event: close profiles, and not over a week apart."""
        key = (min(a, b), max(a, b))
        if key not in self._memo:
            da, db = self.published.get(a), self.published.get(b)
            apart = da is not None and db is not None and abs((da - db).days) > MAX_DAYS_APART
            unknown = not self.profiled.get(a) or not self.profiled.get(b)  # nothing to compare: no evidence against
            self._memo[key] = not apart and (a == b or unknown or self.similarity(a, b) >= RELATED)
        return self._memo[key]


def _date(value) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
