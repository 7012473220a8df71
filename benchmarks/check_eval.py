"""Measure ``factx check`` on drafts made from the seed texts.

    python benchmarks/check_eval.py [DIR] [-v] [--all-sources]

DIR (default ``tests/data/check``) holds drafts and ``manifest.json``. In a draft,
``[[TEXT|VERDICT|CLASS]]`` marks an edit: VERDICT ``ok`` (the figure must come out
``supported`` or ``supported_by_rounding``), ``contradicted`` (CLASS is the error class it
must get), ``unsupported`` (an invented figure). Every draft figure outside a mark is
untouched and must be supported. The marks are removed before the draft is checked.

Printed: per error class, how many contradicted figures were flagged ``contradicted`` (and
how many got the right class); per harmless rewrite, how many were flagged (not
supported); the unsupported rate of invented figures; totals. With ``--all-sources``
every draft is checked against all seed texts (more look-alike figures to confuse it).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_MARK = re.compile(r"\[\[([^|\]]+)\|([a-z_]+)\|([a-z_]+)\]\]")


@dataclass
class Edit:
    start: int
    end: int
    text: str
    verdict: str
    cls: str


@dataclass
class Case:
    name: str
    style: str
    text: str
    sources: list[Path]
    edits: list[Edit]


def parse_marked(marked: str) -> tuple[str, list[Edit]]:
    """The draft text without marks, and the marked spans (offsets in that text)."""
    out, edits, pos = [], [], 0
    n = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += m.start() - pos
        edits.append(Edit(n, n + len(m.group(1)), m.group(1), m.group(2), m.group(3)))
        out.append(m.group(1))
        n += len(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), edits


def load_cases(folder: Path) -> list[Case]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    cases = []
    for d in manifest["drafts"]:
        text, edits = parse_marked((folder / d["file"]).read_text(encoding="utf-8"))
        cases.append(Case(d["file"], d.get("style", ""), text, [ROOT / s for s in d["sources"]], edits))
    return cases


def run_case(case: Case, engine=None, all_sources: bool = False):
    """[(expected verdict, class, CheckResult)] for every draft figure."""
    from factx.check import check

    sources = sorted((ROOT / "seeds").glob("*.txt")) if all_sources else case.sources
    report = check(case.text, sources, engine=engine)
    rows = []
    for r in report.results:
        hit = [e for e in case.edits if e.start < r.end and r.start < e.end]
        if hit:
            rows.append((hit[0].verdict, hit[0].cls, r))
        else:
            rows.append(("ok", "untouched", r))
    missing = [e for e in case.edits if not any(e.start < r.end and r.start < e.end for r in report.results)]
    return rows, missing


def evaluate(cases: list[Case], engine=None, verbose: bool = False, all_sources: bool = False) -> dict:
    stats: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # n, flagged/ok, right class
    missing_all = []
    for case in cases:
        rows, missing = run_case(case, engine, all_sources)
        missing_all += [(case.name, e) for e in missing]
        for exp, cls, r in rows:
            st = stats[(exp, cls)]
            st[0] += 1
            if exp == "contradicted":
                good = r.verdict == "contradicted"
                st[1] += good
                st[2] += good and r.error == cls
            elif exp == "unsupported":
                good = r.verdict == "unsupported"
                st[1] += good
            else:
                good = r.verdict in ("supported", "supported_by_rounding")
                st[1] += not good  # flagged
            if verbose and (not good or (exp == "contradicted" and r.error != cls)):
                src = f" ← {r.source.text} [{r.source.doc}]" if r.source else ""
                print(f"  {case.name}: {r.text!r} expected {exp}/{cls}, got {r.verdict}/{r.error}: {r.explanation}{src}")
    return {"stats": dict(stats), "missing": missing_all}


def print_table(res: dict) -> None:
    stats = res["stats"]
    print("Contradicted figures (edits that must be flagged)")
    print(f"  {'error class':<22}{'n':>4}{'flagged':>9}{'rate':>8}{'class ok':>10}")
    tot = [0, 0, 0]
    for (exp, cls), (n, good, right) in sorted(stats.items()):
        if exp != "contradicted":
            continue
        print(f"  {cls:<22}{n:>4}{good:>9}{good / n:>8.0%}{right:>10}")
        tot = [tot[0] + n, tot[1] + good, tot[2] + right]
    if tot[0]:
        print(f"  {'all':<22}{tot[0]:>4}{tot[1]:>9}{tot[1] / tot[0]:>8.1%}{tot[2]:>10}")
    print("Untouched and harmlessly rewritten figures (must not be flagged)")
    print(f"  {'rewrite':<22}{'n':>4}{'flagged':>9}{'rate':>8}")
    tot = [0, 0]
    for (exp, cls), (n, flagged, _) in sorted(stats.items()):
        if exp != "ok":
            continue
        print(f"  {cls:<22}{n:>4}{flagged:>9}{flagged / n:>8.0%}")
        tot = [tot[0] + n, tot[1] + flagged]
    if tot[0]:
        print(f"  {'all':<22}{tot[0]:>4}{tot[1]:>9}{tot[1] / tot[0]:>8.1%}")
    print("Invented figures (must be unsupported)")
    for (exp, cls), (n, good, _) in sorted(stats.items()):
        if exp == "unsupported":
            print(f"  {cls:<22}{n:>4}{good:>9}{good / n:>8.0%}")
    if res["missing"]:
        print("Marked edits without a draft figure (extraction missed them):")
        for name, e in res["missing"]:
            print(f"  {name}: {e.text!r} ({e.verdict}/{e.cls})")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    all_sources = "--all-sources" in argv
    args = [a for a in argv if a not in ("-v", "--all-sources")]
    folder = Path(args[0]) if args else ROOT / "tests" / "data" / "check"
    from factx.pipeline import default_engine

    t0 = time.perf_counter()
    res = evaluate(load_cases(folder), default_engine(), verbose=verbose, all_sources=all_sources)
    if all_sources:
        print("(every draft checked against all seed texts, not only its own sources)")
    print_table(res)
    print(f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
