"""Throughput of factx on the seed texts, against a bare regex scan for numbers.

    python benchmarks/bench.py [--mb 1] [--best-of N] [--profile] [--top 15]

Builds a corpus of at least ``--mb`` MiB (UTF-8) by repeating the text of every
``seeds/*.txt`` file; each copy of a seed file is one document. Then, single process:

1. ``factx.extract`` on each document (end to end: reflow, segmentation, numbers,
   not-fact and role rules, attribution, validation);
2. a bare ``regex.finditer`` for Arabic and Chinese numerals over the same text;
3. ``factx.scan_numbers`` alone on each document.

Prints chars/s for each and the ratio of (2) to (1). ``--profile`` adds the top
cProfile entries (by cumulative time) of one extraction pass. Not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factx  # noqa: E402
from factx.pipeline import Engine  # noqa: E402

BARE = regex.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+")


def build_corpus(seed_dir: Path, min_bytes: int) -> list[tuple[str, str]]:
    """(doc id, text) pairs: the seed files repeated until ``min_bytes`` UTF-8 bytes."""
    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(seed_dir.glob("*.txt"))]
    if not seeds:
        raise SystemExit(f"no .txt files in {seed_dir}")
    docs: list[tuple[str, str]] = []
    size = 0
    copy = 0
    while size < min_bytes:
        copy += 1
        for stem, text in seeds:
            docs.append((f"{stem}~{copy}", text))
            size += len(text.encode("utf-8"))
    return docs


def timed(fn, best_of: int = 1) -> tuple[float, object]:
    """(seconds, result) of ``fn()``: one wall-clock run, or the fastest of ``best_of`` runs by CPU time."""
    if best_of <= 1:
        t0 = time.perf_counter()
        result = fn()
        return time.perf_counter() - t0, result
    best = float("inf")
    for _ in range(best_of):
        t0 = time.process_time()
        result = fn()
        best = min(best, time.process_time() - t0)
    return best, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MiB of UTF-8 (default 1)")
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="folder of seed .txt files")
    ap.add_argument("--profile", action="store_true", help="print the top cProfile entries of extraction")
    ap.add_argument("--top", type=int, default=15, help="how many profile entries (default 15)")
    ap.add_argument(
        "--best-of", type=int, default=1, metavar="N",
        help="time each measurement N times and keep the fastest, by CPU time of this process "
        "(steadier than wall time on a shared machine; default 1 = one wall-clock run)",
    )
    args = ap.parse_args(argv)

    docs = build_corpus(args.seeds, int(args.mb * 1024 * 1024))
    chars = sum(len(t) for _, t in docs)
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    n_seeds = len({d.split("~")[0] for d, _ in docs})
    print(f"corpus: {len(docs)} documents ({n_seeds} seed files x {len(docs) // n_seeds}), "
          f"{chars:,} chars, {nbytes:,} bytes UTF-8 ({nbytes / 1024 / 1024:.2f} MiB)")

    load_s, engine = timed(Engine.load)
    # warm up lazy compiles (one document) so the timing is steady state
    factx.extract(docs[0][1], doc="warmup", engine=engine)
    print(f"engine load: {load_s * 1000:.0f} ms (not counted below)")

    def run_extract():
        return sum(len(factx.extract(text, doc=doc, engine=engine)) for doc, text in docs)

    def run_bare():
        return sum(sum(1 for _ in BARE.finditer(text)) for _, text in docs)

    def run_scan():
        return sum(len(factx.scan_numbers(text, table=engine.table)) for _, text in docs)

    t_ext, n_facts = timed(run_extract, args.best_of)
    t_bare, n_bare = timed(run_bare, args.best_of)
    t_scan, n_nums = timed(run_scan, args.best_of)

    def line(name: str, secs: float, count: object, what: str) -> None:
        print(f"{name:<22} {secs:8.3f} s  {chars / secs:>14,.0f} chars/s  {count:>9,} {what}")

    print()
    line("factx.extract", t_ext, n_facts, "facts")
    line("bare regex scan", t_bare, n_bare, "matches")
    line("factx.scan_numbers", t_scan, n_nums, "numbers")
    print()
    print(f"ratio bare regex / extract:      {t_ext / t_bare:,.0f}x faster")
    print(f"ratio scan_numbers / extract:    {t_ext / t_scan:,.1f}x faster "
          f"(scanning alone is {t_scan / t_ext:.0%} of the extract time)")

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run_extract()
        prof.disable()
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("cumulative")
        stats.print_stats(args.top)
        print()
        print(f"profile of one extraction pass (top {args.top} by cumulative time):")
        print(buf.getvalue().rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
