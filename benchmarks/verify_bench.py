"""Benchmark: how long `verify` takes to answer once the articles are parsed.

Extracts the fixture articles once, then times `attrib.match.verify.verify` (plus the
parse of the quote itself) for a few circulating quotes.

    python benchmarks/verify_bench.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUOTES = [
    "the very close alignment between Russia and authoritarian states",
    "A new axis of tyranny is working to undermine our freedoms",
    "North Korea has supplied weapons to Russia",
    "The moon is made of green cheese",
]


def main() -> None:
    from attrib.detect.claim import claim_frame
    from attrib.load import load_articles
    from attrib.match.verify import verify
    from attrib.pipeline import Extractor

    extractor = Extractor()
    articles, _ = load_articles([ROOT / "fixtures" / "seeds"])
    records = extractor.link([r for res in extractor.run(articles) for r in res.attributions])
    outlets = {a.id: a.outlet for a in articles}
    for quote in QUOTES:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            frame = claim_frame(extractor.nlp(quote), 0, len(quote))
            result = verify(quote, records, outlets=outlets, frame=frame)
            times.append(time.perf_counter() - start)
        print(f"{statistics.median(times) * 1000:7.1f} ms  {result.verdict:<32} {quote!r}")
    print(f"over {len(records)} statements of {len(articles)} articles (median of 5 runs)")


if __name__ == "__main__":
    main()
