"""Benchmark: extraction throughput against the bare parse, --jobs scaling, and memory
bounded as the corpus grows (issue: scale).

The corpus is built from the fixture articles: each variant of a seed keeps its first
paragraph and shuffles the others (a seeded shuffle), so texts differ and nothing is cached.

    python benchmarks/scale_bench.py                 # 500 articles; memory 500 vs 5000
    python benchmarks/scale_bench.py --articles 1000 --no-memory

Measured, on the same texts, model and batch size:
  (a) bare spaCy: ``nlp.pipe`` of the plain model;
  (b) attrib: the library's ingest (parse, detect, attribute, bind, store in SQLite)
      with --jobs 1 and --jobs 2, and the pipeline alone without the store;
  (c) textacy: ``textacy.extract.triples.direct_quotations`` over the bare parse.
Memory: ``attrib extract DIR -f jsonl -o FILE --no-db -q`` on 500 and on 5000 articles,
each in a fresh process; peak RSS from getrusage in a small wrapper process.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_corpus(folder: Path, n: int, seed: int = 11) -> list[Path]:
    """``n`` article files in ``folder``, variants of the fixture seeds."""
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        paragraphs = [p for p in texts[i % len(texts)].split("\n") if p.strip()]
        head, rest = paragraphs[:1], paragraphs[1:]
        rng.shuffle(rest)
        path = folder / f"a{i:05d}.txt"
        path.write_text("\n\n".join(head + rest) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


REPEAT = 2  # each run is repeated (interleaved with the others) and its best time kept


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def best(runs: list[tuple[float, object]]) -> tuple[float, object]:
    return min(t for t, _ in runs), runs[0][1]


def throughput(folder: Path, n: int) -> dict:
    import spacy
    import textacy.extract

    from attrib.batch import ExtractConfig
    from attrib.load import load_articles
    from attrib.parse import default_model_name
    from attrib.pipeline import BATCH_SIZE, Extractor
    from attrib.store import Store, ingest

    articles, _ = load_articles([folder])
    texts = [a.text for a in articles]
    model = default_model_name()
    bare = spacy.load(model)
    list(bare.pipe(texts[:10], batch_size=BATCH_SIZE))  # warm up
    extractor = Extractor()
    list(extractor.run(articles[:10]))

    def textacy_run():
        quotes = bailed = 0
        for doc in bare.pipe(texts, batch_size=BATCH_SIZE):
            try:
                quotes += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
            except ValueError:  # textacy gives up on a document with an odd number of quotation marks
                bailed += 1
        return quotes, bailed

    def ingest_run(jobs: int):
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
            done = ingest(store, [folder], ExtractConfig(), jobs=jobs)
            assert done.extracted == n, done.failures[:3]

    runs = {name: [] for name in ("bare", "textacy", "pipeline", "jobs1", "jobs2")}
    for _ in range(REPEAT):
        runs["bare"].append(timed(lambda: sum(len(doc) for doc in bare.pipe(texts, batch_size=BATCH_SIZE))))
        runs["pipeline"].append(timed(lambda: sum(len(r.attributions) for r in extractor.run(articles))))
        runs["jobs1"].append(timed(lambda: ingest_run(1)))
        runs["jobs2"].append(timed(lambda: ingest_run(2)))
        runs["textacy"].append(timed(textacy_run))
    t_bare, tokens = best(runs["bare"])
    t_pipeline, records = best(runs["pipeline"])
    t_textacy, (textacy_quotes, textacy_bailed) = best(runs["textacy"])
    results = {1: best(runs["jobs1"])[0], 2: best(runs["jobs2"])[0]}
    return {
        "articles": n,
        "tokens": tokens,
        "model": model,
        "batch_size": BATCH_SIZE,
        "bare_parse_s": t_bare,
        "textacy_s": t_textacy,
        "textacy_quotes": textacy_quotes,
        "textacy_bailed": textacy_bailed,
        "attrib_pipeline_s": t_pipeline,
        "attrib_records": records,
        "attrib_ingest_jobs1_s": results[1],
        "attrib_ingest_jobs2_s": results[2],
    }


# Runs `attrib extract` and prints its peak RSS. A small wrapper process of its own, so that
# the figure is that one run's (getrusage of children counts a forked child from the size of
# its parent, and keeps the maximum over all children).
_WRAPPER = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
if proc.returncode != 0:
    sys.exit(proc.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def memory(folder: Path) -> dict:
    """Peak RSS of `attrib extract` on this folder, in a fresh process."""
    out = folder.parent / f"{folder.name}.jsonl"
    command = [sys.executable, "-m", "attrib", "extract", str(folder), "-f", "jsonl", "-o", str(out), "--no-db", "-q"]
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    peak = int(proc.stdout.strip()) / 1024
    return {"articles": len(list(folder.iterdir())), "seconds": seconds, "peak_rss_mb": peak,
            "records": sum(1 for _ in out.open(encoding="utf-8"))}


def rate(n: float, seconds: float) -> str:
    return f"{n / seconds:8.1f}"


def report(figures: dict) -> None:
    n, tokens = figures["articles"], figures["tokens"]
    print(f"corpus: {n} articles, {tokens} tokens; model {figures['model']}, batch size {figures['batch_size']}; "
          f"best of {REPEAT} interleaved runs")
    print(f"{'run':44} {'seconds':>8} {'art/s':>8} {'tokens/s':>9} {'x bare':>7}")
    rows = [
        ("(a) bare spaCy nlp.pipe", figures["bare_parse_s"]),
        ("(b) attrib pipeline (no store)", figures["attrib_pipeline_s"]),
        ("(b) attrib ingest into SQLite, --jobs 1", figures["attrib_ingest_jobs1_s"]),
        ("(b) attrib ingest into SQLite, --jobs 2", figures["attrib_ingest_jobs2_s"]),
        ("(c) textacy direct_quotations over the parse", figures["textacy_s"]),
    ]
    for name, seconds in rows:
        print(f"{name:44} {seconds:8.2f} {rate(n, seconds)} {tokens / seconds:9.0f} "
              f"{seconds / figures['bare_parse_s']:7.3f}")
    print(f"scaling --jobs 1 -> 2: {figures['attrib_ingest_jobs1_s'] / figures['attrib_ingest_jobs2_s']:.2f}x")
    print(f"records: attrib {figures['attrib_records']}, textacy direct quotations {figures['textacy_quotes']} "
          f"(textacy gave up on {figures['textacy_bailed']} articles with unpaired quotation marks)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--no-memory", action="store_true", help="Skip the 500 vs 5000 articles memory runs.")
    parser.add_argument("--memory-only", action="store_true", help="Only the memory runs.")
    parser.add_argument("--json", type=Path, help="Also write the figures to this JSON file.")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        figures = {}
        if not args.memory_only:
            build_corpus(folder, args.articles)
            figures = throughput(folder, args.articles)
            report(figures)
        if not args.no_memory:
            figures["memory"] = []
            for size in (500, 5000):
                sub = Path(tmp) / f"m{size}"
                build_corpus(sub, size)
                m = memory(sub)
                figures["memory"].append(m)
                print(f"attrib extract, {m['articles']:5d} articles: {m['seconds']:7.1f} s, "
                      f"peak RSS {m['peak_rss_mb']:7.1f} MB, {m['records']} records")
                for p in sub.iterdir():
                    p.unlink()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
