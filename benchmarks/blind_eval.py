"""Score factx on the gold sets its developers did not write against: ``tests/data/gold_blind*``.

    python benchmarks/blind_eval.py [--errors] [--sets gold_blind2 gold_blind3 ...]

Each blind set was annotated by a session that never ran factx nor read its code
(see the README or SOURCES files in each folder). For every text this extracts the
facts, scores them with the project's copy of the shared scorer
(``tests/data/eval/score.py``) and prints mention F1, full-fact F1 and the attribute
accuracies; then the same pooled over all blind texts. ``gold_blind`` holds gold for a
seed text (``seeds/003_*.txt``), the others hold their own texts. Not a test: the
figures are reported, not asserted (a blind set stops being blind once tuned on).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factx  # noqa: E402
from factx.pipeline import load_engine  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("factx_score", ROOT / "tests" / "data" / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def blind_texts() -> list[tuple[str, Path, Path]]:
    """(set name, text path, gold path) of every blind text."""
    out = []
    for d in sorted((ROOT / "tests" / "data").glob("gold_blind*")):
        for g in sorted(d.glob("*.jsonl")):
            t = g.with_suffix(".txt")
            if not t.exists():
                t = next((ROOT / "seeds").glob(f"{g.stem}.txt"), t)
            if t.exists():
                out.append((d.name, t, g))
    return out


def claim_pairs(gold: list[dict], pred: list[dict]) -> tuple[int, int, int]:
    """(pairs both put in one claim, pairs only factx joins, pairs only the gold joins), over
    the figures found by both (same span): how well factx groups figures into claims."""
    gk = {(g["start"], g["end"]): g.get("claim") for g in gold}
    common = [((p["start"], p["end"]), p.get("claim")) for p in pred if (p["start"], p["end"]) in gk]

    def pairs(items):
        by: dict = {}
        for k, c in items:
            by.setdefault(c, []).append(k)
        return {(a, b) for ks in by.values() for i, a in enumerate(ks) for b in ks[i + 1 :]}

    ours, theirs = pairs(common), pairs((k, gk[k]) for k, _ in common)
    return len(ours & theirs), len(ours - theirs), len(theirs - ours)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list the attribute errors of each text")
    ap.add_argument("--sets", nargs="*", help="only these folders (gold_blind2 ...); default all")
    args = ap.parse_args(argv)
    sc = _scorer()
    engine = load_engine()
    pooled_gold: list[dict] = []
    pooled_pred: list[dict] = []
    pairs = [0, 0, 0]
    print(f"{'set':12} {'text':34} {'gold':>5} {'mention F1':>10} {'full F1':>8} {'metric':>7} {'subject':>8} {'role':>6}")
    for name, t, g in blind_texts():
        if args.sets and name not in args.sets:
            continue
        gold = [json.loads(line) for line in g.read_text(encoding="utf-8").splitlines() if line.strip()]
        raw = t.read_text(encoding="utf-8")
        pred = [f.to_json_dict() for f in factx.extract(raw, doc=g.stem, engine=engine)]
        r = sc.score(gold, pred)
        pooled_gold += gold
        pooled_pred += pred
        pairs = [x + y for x, y in zip(pairs, claim_pairs(gold, pred))]
        a = r.get("attributes", {})
        print(
            f"{name:12} {g.stem[:34]:34} {sum(not x.get('optional') for x in gold):5d} {r['overall']['f1']:10.3f} "
            f"{r['full']['f1']:8.3f} {a.get('metric', 0):7.3f} {a.get('subject', 0):8.3f} {a.get('role', 0):6.3f}"
        )
        if args.errors:
            matched, _, _ = sc.match(gold, pred)
            for gl, p in matched:
                if not gl.get("optional") and not sc.is_full(gl, p):
                    print(f"    {gl['text']:>12}  gold m={gl.get('metric')!r} s={gl.get('subject')!r} role={gl.get('role')}"
                          f"  | ours m={p.get('metric')!r} s={p.get('subject')!r} role={p.get('role')}")
    tp, fp, fn = pairs
    cp, cr = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"claims: pairs of found figures in one claim P={cp:.3f} R={cr:.3f} F1={2 * cp * cr / max(cp + cr, 1e-9):.3f}")
    r = sc.score(pooled_gold, pooled_pred)
    a = r.get("attributes", {})
    print(
        f"{'all':12} {'(pooled)':34} {sum(not x.get('optional') for x in pooled_gold):5d} {r['overall']['f1']:10.3f} "
        f"{r['full']['f1']:8.3f} {a.get('metric', 0):7.3f} {a.get('subject', 0):8.3f} {a.get('role', 0):6.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
