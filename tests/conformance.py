"""Run the conformance suites (tests/data/conformance, copied from ../shared/conformance
with their attribution in README.md there) through ``factx.scan_numbers``.

    python tests/conformance.py            # prints the scorer's tables for both suites
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data" / "conformance"
SUITES = ("recognizers_zh.jsonl", "duckling_zh.jsonl")

_TYPE = {
    "money": "currency",
    "ratio": "percent",
    "measure": "dimension",
    "duration": "age",
    "count": "number",
    "number": "number",
    "rank": "ordinal",
    "date": "number",
}


def mention_type(m) -> str:
    if m.unit in ("degC", "degF"):
        return "temperature"
    return _TYPE.get(m.kind, "number")


def predict(suite: Path, out: Path) -> None:
    from factx import scan_numbers

    with open(suite, encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as oh:
        for line in fh:
            case = json.loads(line)
            preds = []
            for m in scan_numbers(case["input"]):
                p = {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "type": mention_type(m),
                    "value": float(m.value),
                    "unit": m.unit if m.kind != "count" else None,
                }
                if m.group is not None:
                    p["min"], p["max"] = float(m.low), float(m.high)
                preds.append(p)
            oh.write(json.dumps({"id": case["id"], "predicted": preds}, ensure_ascii=False) + "\n")


def score(suite: Path, pred: Path, *extra: str) -> dict:
    res = subprocess.run(
        [sys.executable, str(HERE / "score.py"), str(suite), str(pred), "--json", *extra],
        capture_output=True, text=True, check=True,
    )
    return json.loads(res.stdout)


if __name__ == "__main__":
    import tempfile

    for name in SUITES:
        with tempfile.TemporaryDirectory() as d:
            pred = Path(d) / "pred.jsonl"
            predict(HERE / name, pred)
            subprocess.run([sys.executable, str(HERE / "score.py"), str(HERE / name), str(pred), *sys.argv[1:]])
