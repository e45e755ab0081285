"""Candidate pairs without comparing all pairs: inverted indexes and MinHash LSH.

- runs of quoted content words -> records, and MinHash LSH over quoted content words:
  quotes that share words (every key looked up, so a larger corpus never loses a pair);
- main-clause frames (subject, predicate class) and events (role, predicate class,
  argument) -> records: the same claim in other words;
- MinHash LSH (datasketch) over content terms: strongly overlapping contents.

For claims, keys shared by more than ``max_postings`` records are too common to mean
anything and are skipped, and an LSH query keeps at most ``max_postings`` partners, which
keeps the work near linear in the number of statements.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from attrib.match.similarity import CLAIM_LEXICAL, QUOTE_MIN_WORDS, QUOTE_RUN_WORDS, Features, event_keys, short_run

NUM_PERM = 64
# A short quoted phrase printed by this many articles is a catchphrase (see slogans()).
SLOGAN_DOCS = 3
# Quoted content words of two statements with at least this Jaccard overlap are compared.
QUOTE_LSH = 0.4


def _bands(ids: Sequence[int], word_sets: Sequence[Sequence[str]], threshold: float) -> list[list[int]]:
    """The buckets of a MinHash LSH index over ``word_sets``: the ids whose signatures agree on
    one band. datasketch hashes the sets and chooses the bands (``MinHashLSH``'s b bands of r
    rows for ``threshold``); the buckets are gathered here in one pass per band, the same buckets
    ``MinHashLSH.insert``/``query`` would hold, without their per-item overhead."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = MinHash.bulk([[w.encode("utf-8") for w in words] for words in word_sets], num_perm=NUM_PERM)
    signatures = np.vstack([h.hashvalues for h in hashes])
    buckets: list[list[int]] = []
    for start, end in lsh.hashranges:
        band: dict[bytes, list[int]] = defaultdict(list)
        rows = np.ascontiguousarray(signatures[:, start:end])
        for i, key in zip(ids, rows):
            band[key.tobytes()].append(i)
        buckets.extend(bucket for bucket in band.values() if len(bucket) > 1)
    return buckets


def _postings_pairs(postings: dict, max_postings: int) -> Iterator[tuple[int, int]]:
    for ids in postings.values():
        if 1 < len(ids) <= max_postings:
            yield from itertools.combinations(sorted(ids), 2)


def slogans(feats: Sequence[Features], docs: Sequence[str], min_docs: int = SLOGAN_DOCS) -> frozenset[tuple[str, ...]]:
    """Short quoted phrases that the quotes of ``min_docs`` or more articles print whole
    ("make America great again"): a catchphrase, not the mark of one occasion."""
    seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for f, doc in zip(feats, docs):
        for fragment in f.titled_out:
            run = short_run(fragment)
            if 2 <= len(run) < QUOTE_RUN_WORDS:
                seen[run].add(doc)
    return frozenset(run for run, where in seen.items() if len(where) >= min_docs)


def quote_candidates(feats: Sequence[Features], max_postings: int = 1000) -> set[tuple[int, int]]:
    """Records that share a run of quoted content words (every run is indexed and looked up,
    so a pair found in a small corpus is found in any larger one), or whose quoted content
    words overlap strongly (MinHash LSH, every partner kept). A run printed by more than
    ``max_postings`` statements is boilerplate, not a quote (documented in docs/claims.md)."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for gram in f.grams:
            postings[gram].append(i)
    pairs = set(_postings_pairs(postings, max_postings))
    # a short quoted fragment ("comprehensive strategic partnership") meets every quote holding
    # its content words in a row
    wanted: dict[tuple[str, ...], list[int]] = defaultdict(list)  # short fragment -> records quoting it alone
    for i, f in enumerate(feats):
        for fragment in f.titled_out:
            key = short_run(fragment)
            if 2 <= len(key) < QUOTE_RUN_WORDS:
                wanted[key].append(i)
    runs: dict[tuple[str, ...], list[int]] = defaultdict(list)  # only the runs some short fragment is
    for i, f in enumerate(feats):
        for fragment in f.fragments:
            content = short_run(fragment)
            for size in range(2, QUOTE_RUN_WORDS):
                for k in range(len(content) - size + 1):
                    run = content[k : k + size]
                    if run in wanted:
                        runs[run].append(i)
    for key, short in wanted.items():
        ids = runs.get(key, [])
        if len(ids) <= max_postings:
            pairs.update((min(i, j), max(i, j)) for i in short for j in ids if j != i)
    # the coverage rule compares quotes of QUOTE_MIN_WORDS content words or more; shorter ones meet
    # through the runs above
    quoted = [i for i, f in enumerate(feats) if len(f.quoted_content) >= QUOTE_MIN_WORDS]
    if len(quoted) < 2:
        return pairs
    for bucket in _bands(quoted, [sorted(set(feats[i].quoted_content)) for i in quoted], QUOTE_LSH):
        pairs.update(itertools.combinations(sorted(bucket), 2))
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
    buckets = _bands(usable, [term_lists[i] for i in usable], CLAIM_LEXICAL * 0.8)
    member_of: dict[int, list[int]] = defaultdict(list)
    for k, bucket in enumerate(buckets):
        for i in bucket:
            member_of[i].append(k)
    for i, ks in member_of.items():
        # each statement's partners, one at a time (never all partner sets at once): the first
        # by index, without sorting them all
        found = set().union(*(buckets[k] for k in ks))
        first = [j for j in heapq.nsmallest(max_postings + 1, found) if j != i][:max_postings]
        pairs.update((j, i) if j < i else (i, j) for j in first)
    return pairs
