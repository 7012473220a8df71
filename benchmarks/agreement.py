"""How far annotators agree: the dev gold, two independent annotators and factx, scored pairwise.

    python benchmarks/agreement.py

``tests/data/agreement/A`` and ``B`` hold two annotations of the same dev texts, each made by a
session that saw neither factx nor the dev gold of those texts (only SCHEMA and three other dev
gold files as examples; see their NOTES.md). Every ordered pair (gold side, other side) among
the official dev gold, A, B and factx's own output is scored with the project's copy of the
shared scorer (``tests/data/eval/score.py``), restricted to the texts A and B annotated.

What it tells: how much of a blind set's full-fact F1 is the annotator's convention rather than
factx. If two annotators agree far better with each other than with the official gold, a blind
set they write measures factx against their convention, not the official one. Not a test: the
figures are reported, not asserted.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factx  # noqa: E402
from factx.pipeline import load_engine  # noqa: E402

AGREE = ROOT / "tests" / "data" / "agreement"


def _scorer():
    spec = importlib.util.spec_from_file_location("factx_score", ROOT / "tests" / "data" / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> int:
    sc = _scorer()
    docs = sorted(p.stem for p in (AGREE / "A").glob("*.jsonl"))
    engine = load_engine()
    sides: dict[str, dict[str, list[dict]]] = {
        "official": {d: _load(ROOT / "tests" / "data" / "gold" / f"{d}.jsonl") for d in docs},
        "A": {d: _load(AGREE / "A" / f"{d}.jsonl") for d in docs},
        "B": {d: _load(AGREE / "B" / f"{d}.jsonl") for d in docs},
        "factx": {
            d: [f.to_json_dict() for f in factx.extract((ROOT / "seeds" / f"{d}.txt").read_text(encoding="utf-8"), doc=d, engine=engine)]
            for d in docs
        },
    }
    print(f"texts: {', '.join(docs)}")
    print(f"{'gold side':10} {'other side':10} {'mention F1':>10} {'full F1':>8} {'metric':>7} {'subject':>8} {'role':>6}")
    for gold_name in ("official", "A", "B"):
        for other in ("official", "A", "B", "factx"):
            if other == gold_name:
                continue
            gold = [row for d in docs for row in sides[gold_name][d]]
            pred = [row for d in docs for row in sides[other][d]]
            r = sc.score(gold, pred)
            a = r["attributes"]
            print(
                f"{gold_name:10} {other:10} {r['overall']['f1']:10.3f} {r['full']['f1']:8.3f} "
                f"{a.get('metric') or 0:7.3f} {a.get('subject') or 0:8.3f} {a.get('role') or 0:6.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
