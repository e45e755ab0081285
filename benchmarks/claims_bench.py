"""Benchmark: cluster 1k, 10k and 100k synthetic statements (wall time, peak memory).

Statements are built from the fixture articles' sentences: each "story" is a fixture
sentence with three words in five swapped for other fixture words (so stories differ),
and each story is printed by 1 to 4 sources with realistic edits (trimmed ends, a
word replaced, a word inserted), as quotes or as reported speech. Each size runs in a
fresh process so that peak RSS is its own.

    python benchmarks/claims_bench.py            # 1k, 10k, 100k
    python benchmarks/claims_bench.py 1000 5000  # chosen sizes
"""

from __future__ import annotations

import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt")))
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [" ".join(s.split()) for s in parts if len(s.split()) >= 8]


def build(n: int, seed: int = 7):
    from attrib.models import Attribution, ClaimFrame, Span, Speaker

    rng = random.Random(seed)
    base = sentences()
    vocab = sorted({w for s in base for w in s.split() if w.isalpha()})
    speakers = ["Ana Ruiz", "Tom Berg", "Lee Jun", "Mira Osei", "Western officials", "State media", "Kremlin"]
    records, doc = [], 0
    while len(records) < n:
        words = rng.choice(base).split()
        story = [rng.choice(vocab) if rng.random() < 0.6 else w for w in words]
        speaker = rng.choice(speakers)
        frame = ClaimFrame(subject=rng.choice(vocab).lower(), predicate=rng.choice(vocab).lower(), object=None)
        story_events = [
            ClaimFrame(subject=rng.choice(vocab).lower(), predicate=rng.choice(vocab).lower(),
                       object=rng.choice(vocab).lower())
            for _ in range(rng.randint(1, 3))
        ]
        for _ in range(rng.randint(1, 4)):
            if len(records) >= n:
                break
            variant = list(story)
            if rng.random() < 0.5 and len(variant) > 6:
                variant = variant[rng.randint(0, 2) : len(variant) - rng.randint(0, 2)]
            if rng.random() < 0.5:
                variant[rng.randrange(len(variant))] = rng.choice(vocab)
            if rng.random() < 0.3:
                variant.insert(rng.randrange(len(variant)), rng.choice(vocab))
            kind = rng.choice(["direct", "mixed", "indirect"])
            text = " ".join(variant)
            if kind == "mixed":
                cut = len(variant) // 3
                text = " ".join(variant[:cut]) + ' "' + " ".join(variant[cut:]) + '"'
            doc += 1
            records.append(
                Attribution(
                    id=f"s{doc}#1", doc_id=f"s{doc}", kind=kind, content=Span(start=0, end=len(text), text=text),
                    speaker=Speaker(name=speaker if rng.random() < 0.8 else rng.choice(speakers), type="person"),
                    via=rng.choice([None, "press briefing", "X"]), frame=frame,
                    events=[e for e in story_events if rng.random() < 0.8],
                )
            )
    return records


def run_one(n: int) -> dict:
    from attrib.match import cluster_claims

    records = build(n)
    start = time.perf_counter()
    clusters = cluster_claims(records)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"statements": n, "seconds": round(elapsed, 2), "peak_rss_mb": round(peak_mb, 1), "clusters": len(clusters),
            "clustered": sum(len(c.members) for c in clusters)}


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--one":
        print(json.dumps(run_one(int(argv[1]))))
        return
    sizes = [int(a) for a in argv] or [1_000, 10_000, 100_000]
    results = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout))
        r = results[-1]
        print(f"{r['statements']:>7} statements: {r['seconds']:>7.2f} s, peak RSS {r['peak_rss_mb']:>7.1f} MB, "
              f"{r['clusters']} clusters ({r['clustered']} statements)", flush=True)
    by_n = {r["statements"]: r for r in results}
    if 10_000 in by_n and 100_000 in by_n:
        growth = by_n[100_000]["seconds"] / max(by_n[10_000]["seconds"], 1e-9)
        print(f"growth 10k -> 100k: {growth:.1f}x time (all pairs would be 100x)")


if __name__ == "__main__":
    main(sys.argv[1:])
