"""The ``factx`` command: a thin argparse layer over the library functions.

Exit codes (also in README): 0 success, 1 findings, 2 usage error, 3 invalid rules,
4 unreadable input, 5 export failure, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE, FactxError

EXIT_HELP = """exit codes:
  0  success
  1  findings (check: a contradicted figure; rules test: a failing example)
  2  usage error
  3  invalid rules (file:line:col and rule id printed)
  4  unreadable input (path and reason printed)
  5  export failure (the previous export is left untouched)
  130 interrupted
"""


def _iter_text_files(paths: Sequence[str]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(q for q in path.rglob("*") if q.suffix.lower() in (".txt", ".md") and q.is_file()))
        else:
            out.append(path)
    return out


def _cmd_scan(args: argparse.Namespace) -> int:
    from .numerals import scan_numbers

    out = open(args.output, "w", encoding="utf-8") if args.output not in (None, "-") else sys.stdout
    status = EXIT_OK
    try:
        if args.text is not None:
            sources = [("<text>", args.text)]
        else:
            sources = []
            for f in _iter_text_files(args.paths):
                try:
                    sources.append((str(f), f.read_bytes().decode("utf-8-sig")))
                except (OSError, UnicodeDecodeError) as exc:
                    print(f"factx: {f}: {exc}", file=sys.stderr)
                    status = EXIT_INPUT
        for name, text in sources:
            for m in scan_numbers(text):
                row = {
                    "doc": Path(name).stem,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "value": str(m.value),
                    "low": None if m.low is None else str(m.low),
                    "high": None if m.high is None else str(m.high),
                    "qualifier": m.qualifier,
                    "unit": m.unit,
                    "kind": m.kind,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="factx",
        description="Pull every quantified claim out of Chinese text.",
        epilog=EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"factx {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sc = sub.add_parser("scan", help="list every number (value, unit, qualifier) as JSON lines",
                        epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    sc.add_argument("paths", nargs="*", help="text files or folders of .txt/.md")
    sc.add_argument("--text", help="scan this string instead of files")
    sc.add_argument("-o", "--output", help="output file (default: stdout)")
    sc.set_defaults(func=_cmd_scan)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except FactxError as exc:
        print(f"factx: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("factx: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
