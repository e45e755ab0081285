"""Candidate pairs without comparing all pairs: inverted indexes and MinHash LSH.

- quoted word bigrams (with a content word) -> records: quotes that share words (each
  record probes its rarest bigrams only);
- main-clause frames (subject, predicate class) and events (role, predicate class,
  argument) -> records: the same claim in other words;
- MinHash LSH (datasketch) over content terms: strongly overlapping contents.

Keys shared by more than ``max_postings`` records are too common to mean anything and
are skipped, and an LSH query keeps at most ``max_postings`` partners, which keeps the
work near linear in the number of statements.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence

from datasketch import MinHash, MinHashLSH

from attrib.match.similarity import CLAIM_LEXICAL, Features, event_keys
from attrib.match.text import STOP

NUM_PERM = 64


def _postings_pairs(postings: dict, max_postings: int) -> Iterator[tuple[int, int]]:
    for ids in postings.values():
        if 1 < len(ids) <= max_postings:
            yield from itertools.combinations(sorted(ids), 2)


def quote_candidates(feats: Sequence[Features], max_postings: int = 20, probes: int = 2) -> set[tuple[int, int]]:
    """Records sharing a quoted bigram. Every bigram is indexed; each record probes only the
    ``probes`` rarest of its bigrams that another record also has, per fragment, so the work
    per record stays bounded."""
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    grams: list[list[list[tuple[str, str]]]] = []
    for i, f in enumerate(feats):
        per_fragment = []
        for fragment in f.fragments:
            keys = [(a, b) for a, b in zip(fragment, fragment[1:]) if a not in STOP or b not in STOP]
            for key in set(keys):
                postings[key].append(i)
            per_fragment.append(keys)
        grams.append(per_fragment)
    pairs: set[tuple[int, int]] = set()
    for i, per_fragment in enumerate(grams):
        for keys in per_fragment:
            shared = [k for k in set(keys) if len(postings[k]) > 1]
            rarest = sorted(shared, key=lambda k: (len(postings[k]), k))[:probes]
            for key in rarest:
                ids = postings[key]
                if len(ids) > max_postings:
                    continue
                pairs.update((min(i, j), max(i, j)) for j in ids if j != i)
    return pairs


def claim_candidates(feats: Sequence[Features], max_postings: int = 20) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    frames: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, f in enumerate(feats):
        if f.subject and f.predicate:
            frames[(f.subject, f.predicate)].add(i)
        for key in event_keys(f):
            frames[key].add(i)
    pairs.update(_postings_pairs(frames, max_postings))
    term_lists = [sorted(f.terms) for f in feats]
    usable = [i for i, terms in enumerate(term_lists) if terms]
    if len(usable) < 2:
        return pairs
    lsh = MinHashLSH(threshold=CLAIM_LEXICAL * 0.8, num_perm=NUM_PERM)
    hashes = MinHash.bulk([[t.encode("utf-8") for t in term_lists[i]] for i in usable], num_perm=NUM_PERM)
    with lsh.insertion_session() as session:
        for i, mh in zip(usable, hashes):
            session.insert(i, mh, check_duplication=False)
    for i, mh in zip(usable, hashes):
        found = sorted(j for j in lsh.query(mh) if j != i)
        pairs.update((min(i, j), max(i, j)) for j in found[:max_postings])
    return pairs
