"""Candidate pairs without comparing all pairs: inverted indexes and MinHash LSH.

- quoted word bigrams (with a content word) -> records: quotes that share words;
- main-clause frames (subject, predicate class) -> records: the same claim in other words;
- MinHash LSH (datasketch) over content terms: strongly overlapping contents.

Keys shared by more than ``max_postings`` records are too common to mean anything and
are skipped, which keeps the work near linear in the number of statements.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence

from datasketch import MinHash, MinHashLSH

from attrib.match.similarity import CLAIM_LEXICAL, Features
from attrib.match.text import STOP

NUM_PERM = 64


def _postings_pairs(postings: dict, max_postings: int) -> Iterator[tuple[int, int]]:
    for ids in postings.values():
        if 1 < len(ids) <= max_postings:
            yield from itertools.combinations(sorted(ids), 2)


def quote_candidates(feats: Sequence[Features], max_postings: int = 50) -> set[tuple[int, int]]:
    postings: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, f in enumerate(feats):
        for fragment in f.fragments:
            for a, b in zip(fragment, fragment[1:]):
                if a not in STOP or b not in STOP:
                    postings[(a, b)].add(i)
    return set(_postings_pairs(postings, max_postings))


def claim_candidates(feats: Sequence[Features], max_postings: int = 50) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    frames: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, f in enumerate(feats):
        if f.subject and f.predicate:
            frames[(f.subject, f.predicate)].add(i)
    pairs.update(_postings_pairs(frames, max_postings))
    term_lists = [sorted(f.terms) for f in feats]
    usable = [i for i, terms in enumerate(term_lists) if terms]
    if len(usable) < 2:
        return pairs
    lsh = MinHashLSH(threshold=CLAIM_LEXICAL * 0.6, num_perm=NUM_PERM)
    hashes = MinHash.bulk([[t.encode("utf-8") for t in term_lists[i]] for i in usable], num_perm=NUM_PERM)
    with lsh.insertion_session() as session:
        for i, mh in zip(usable, hashes):
            session.insert(i, mh, check_duplication=False)
    for i, mh in zip(usable, hashes):
        for j in lsh.query(mh):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return pairs
