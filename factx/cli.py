"""The ``factx`` command: a thin argparse layer over the library functions.

Commands::

    factx extract PATH... [-o OUT] [--format F] [--rules DIR]... [--encoding ENC] [--quiet]
    factx scan PATH... [-o OUT] | --text TEXT
    factx rules lint [--rules DIR]...
    factx rules test [--rules DIR]... [-v]
    factx check DRAFT --against SOURCE... [-o OUT] [--rules DIR]... [--encoding ENC] [-q]

Exit codes (also in README): 0 success, 1 findings, 2 usage error, 3 invalid rules,
4 unreadable input, 5 export failure, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import codecs
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence, TextIO

from . import __version__
from .errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, EXIT_USAGE, FactxError

EXIT_HELP = """exit codes:
  0  success
  1  findings (check: a contradicted figure; rules test: a failing example)
  2  usage error
  3  invalid rules (file:line:col and rule id printed)
  4  unreadable input (path and reason printed)
  5  export failure (the previous export is left untouched)
  130 interrupted
"""

#: The doc id and shown name of text read from standard input (``-``).
STDIN_DOC = "stdin"
STDIN_NAME = "<stdin>"

#: Show a progress line only for batches longer than this (and on a terminal).
PROGRESS_MIN_INPUTS = 5


class _UsageError(Exception):
    """A bad combination of arguments found after parsing: exit 2 with a message."""


def _err(msg: str) -> None:
    """One line on stderr, prefixed ``factx: `` (newlines inside are flattened)."""
    print("factx: " + " ".join(str(msg).split()), file=sys.stderr)


def _shown(path: str | Path) -> str:
    """A path as the user would like to read it: relative to the cwd when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def _engine(rules_dirs: Sequence[str] | None):
    from .pipeline import load_engine

    return load_engine(rules_dirs)


def _check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise _UsageError(f"unknown encoding {encoding!r}") from None


def _read_stdin(encoding: str | None) -> tuple[str, str]:
    """Standard input decoded like a file (``text.decode``): ``(text, encoding)``."""
    from . import text as textmod

    buf = getattr(sys.stdin, "buffer", None)
    data = buf.read() if buf is not None else sys.stdin.read().encode("utf-8")
    return textmod.decode(data, path=STDIN_NAME, encoding=encoding)


class _Progress:
    """``\\r[i/n] name`` on stderr, when it is a terminal and the batch is long."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total > PROGRESS_MIN_INPUTS and _isatty(sys.stderr)
        self._width = 0

    def show(self, i: int, name: str) -> None:
        if not self.enabled:
            return
        line = f"[{i}/{self.total}] {name}"
        if len(line) > 78:
            line = line[:77] + "…"
        pad = max(0, self._width - len(line))
        self._width = len(line)
        sys.stderr.write("\r" + line + " " * pad)
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled and self._width:
            sys.stderr.write("\r" + " " * self._width + "\r")
            sys.stderr.flush()
            self._width = 0


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# --------------------------------------------------------------------------- extract


def _output_format(output: str | None, fmt: str | None) -> str:
    from .export import FORMATS

    if fmt is not None:
        return fmt
    if output in (None, "-"):
        return "jsonl"
    suffix = Path(output).suffix.lower()
    if suffix[1:] not in FORMATS:
        raise _UsageError(
            f"{output}: cannot tell the format from the extension {suffix or '(none)'!r}; "
            f"use --format {'|'.join(FORMATS)}"
        )
    return suffix[1:]


def _cmd_extract(args: argparse.Namespace) -> int:
    from .export import STREAM_FORMATS, stream_facts
    from .pipeline import DocResult, iter_input_files

    _check_encoding(args.encoding)
    fmt = _output_format(args.output, args.format)
    inputs: list[str | Path] = []
    for p in args.paths:
        if p == "-":
            inputs.append("-")
        else:
            inputs.extend(iter_input_files([p]))
    if not inputs:
        _err("no input files (folders are searched for .txt and .md files)")
        return EXIT_INPUT

    engine = _engine(args.rules)
    progress = _Progress(len(inputs), not args.quiet)
    results: list[DocResult] = []
    failed = 0
    to_db = getattr(args, "to", None)
    # jsonl and csv are written while the inputs are read, so a huge corpus or file never
    # holds all its facts (the file is still renamed into place only at the end)
    streaming = to_db is None and fmt in STREAM_FORMATS
    with contextlib.ExitStack() as stack:
        write = stack.enter_context(stream_facts(args.output, fmt, stdout=sys.stdout)) if streaming else None
        failed = _extract_inputs(args, inputs, engine, progress, results, write)
    if streaming:
        return _finish_extract(args, results, failed, sum(r.count for r in results))
    return _export_and_finish(args, fmt, engine, results, failed, to_db)


def _extract_inputs(args, inputs, engine, progress, results, write) -> int:
    from .pipeline import DocResult, extract, iter_extract

    failed = 0
    files = [i for i in inputs if i != "-"]
    if getattr(args, "engine", "local") == "dask":
        from .pipeline import extract_files_dask

        file_results = iter(extract_files_dask(
            files, scheduler=args.scheduler, workers=max(2, args.jobs), encoding=args.encoding, rules_dirs=args.rules,
        ))
    else:
        file_results = iter_extract(
            files, engine=engine, encoding=args.encoding, jobs=max(1, args.jobs), rules_dirs=args.rules, sink=write,
        )
    for i, item in enumerate(inputs, 1):
        name = STDIN_NAME if item == "-" else _shown(item)
        progress.show(i, name)
        if item == "-":
            from .errors import InputError

            res = DocResult(doc=STDIN_DOC, source=STDIN_NAME, encoding=None)
            try:
                raw, enc = _read_stdin(args.encoding)
            except InputError as exc:
                res.error = exc.reason
            else:
                res.encoding, res.chars = enc, len(raw)
                res.facts = extract(raw, doc=STDIN_DOC, source=STDIN_NAME, engine=engine)
                res.count = len(res.facts)
        else:
            mark = write.mark() if write is not None else None
            res = next(file_results)
            if res.error and write is not None:
                write.rollback(mark)  # a document that failed halfway leaves nothing behind
        if res.error:
            failed += 1
            progress.clear()
            _err(f"{name}: {res.error}")
        if write is not None and res.facts:
            write(res.facts)
            res.facts = []  # written: keep only the count
        results.append(res)
    progress.clear()
    return failed


def _finish_extract(args, results, failed: int, n_facts: int) -> int:
    if failed:
        _err(f"{failed} of {len(results)} inputs failed")
        return EXIT_INPUT
    if not args.quiet and args.output not in (None, "-") and _isatty(sys.stderr):
        _err(f"{n_facts} facts from {len(results)} inputs written to {args.output}")
    return EXIT_OK


def _export_and_finish(args, fmt, engine, results, failed: int, to_db) -> int:
    from .export import RunInfo, write_facts

    facts = [f for r in results for f in r.facts]
    run_info = RunInfo(
        version=__version__,
        rules_hash=engine.rules.digest,
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        inputs=[
            {
                "path": STDIN_NAME if r.source == STDIN_NAME else r.source,
                "encoding": r.encoding,
                "facts": len(r.facts),
                "error": r.error,
            }
            for r in results
        ],
        options={
            "format": fmt,
            "output": args.output or "-",
            "rules": [str(d) for d in (args.rules or [])],
            "encoding": args.encoding,
        },
    )
    if to_db is not None:
        from .db import shown_url, write_to_db

        run_info.options["to"] = shown_url(to_db)
    if to_db is None or args.output is not None or args.format is not None:
        write_facts(facts, args.output, fmt, run_info=run_info, stdout=sys.stdout)
    if to_db is not None:
        counts = write_to_db(results, to_db, run_info)
        if not args.quiet:
            _err(
                f"{shown_url(to_db)}: run {counts['run_id']}: {counts['added']} documents added, "
                f"{counts['replaced']} replaced, {counts['unchanged']} unchanged"
                + (f", {counts['failed']} failed" if counts["failed"] else "")
                + f"; {counts['facts']} facts written"
            )
    return _finish_extract(args, results, failed, len(facts))


# --------------------------------------------------------------------------- scan


def _cmd_scan(args: argparse.Namespace) -> int:
    from .numerals import scan_numbers
    from .pipeline import iter_input_files
    from .text import decode
    from .errors import InputError

    _check_encoding(args.encoding)
    if args.text is None and not args.paths:
        raise _UsageError("give files or folders to scan, '-' for stdin, or --text TEXT")
    table = None
    if args.rules:
        from .units import builtin_rules_dir, load_unit_table

        table = load_unit_table([builtin_rules_dir(), *(Path(d) for d in args.rules)])

    status = EXIT_OK
    sources: list[tuple[str, str]] = []
    if args.text is not None:
        sources.append(("<text>", args.text))
    else:
        files: list[str | Path] = []
        for p in args.paths:
            files.extend(["-"] if p == "-" else iter_input_files([p]))
        for f in files:
            try:
                if f == "-":
                    sources.append((STDIN_DOC, _read_stdin(args.encoding)[0]))
                else:
                    data = Path(f).read_bytes()
                    sources.append((str(f), decode(data, path=str(f), encoding=args.encoding)[0]))
            except OSError as exc:
                _err(f"{f}: cannot read: {exc.strerror or exc}")
                status = EXIT_INPUT
            except InputError as exc:
                _err(f"{f}: {exc.reason}")
                status = EXIT_INPUT

    out = open(args.output, "w", encoding="utf-8") if args.output not in (None, "-") else sys.stdout
    try:
        for name, text in sources:
            for m in scan_numbers(text, table=table):
                row = {
                    "doc": Path(name).stem if name != "<text>" else name,
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


# --------------------------------------------------------------------------- rules


def _cmd_rules_lint(args: argparse.Namespace) -> int:
    from .rules import lint_rules, machine_factor

    from .attribute import lint_lexicon_patterns
    from .units import builtin_rules_dir

    engine = _engine(args.rules)  # loads lexicons too, so their errors show here
    factor = machine_factor()  # (timed once for the rules and the lexicons)
    problems = lint_rules(engine.rules, factor=factor)
    problems += lint_lexicon_patterns([builtin_rules_dir(), *map(Path, args.rules or [])], factor=factor)
    for p in problems:
        print(p)
    n = len(engine.rules.rules)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {n} rules")
        return EXIT_FINDINGS
    print(f"{n} rules OK")
    return EXIT_OK


def _cmd_rules_test(args: argparse.Namespace) -> int:
    from .ruletest import run_all_examples, run_lexicon_examples

    engine = _engine(args.rules)
    results = run_all_examples(engine) + run_lexicon_examples(engine)
    passed = failed = todo = 0
    for r in results:
        where = f"{_shown(r.file)}:{r.line}: [{r.rule_id}]"
        if r.kind == "todo":
            todo += 1
            if args.verbose:
                print(f"{where} todo: {r.text} — {r.message}")
        elif r.ok:
            passed += 1
            if args.verbose:
                print(f"{where} {r.kind}: {r.text} — ok")
        else:
            failed += 1
            print(f"{where} {r.kind}: {r.text} — {r.message}")
    summary = f"{passed} passed, {failed} failed"
    if todo:
        summary += f", {todo} todo"
    print(summary)
    return EXIT_FINDINGS if failed else EXIT_OK


# --------------------------------------------------------------------------- schema


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import schema_diff, schema_text

    if args.check is not None:
        if args.output is not None:
            raise _UsageError("give either -o OUT or --check FILE, not both")
        diff = schema_diff(args.check)
        if diff:
            sys.stdout.write(diff)
            _err(f"{args.check} is out of date: run factx schema -o {args.check}")
            return EXIT_FINDINGS
        print(f"{args.check} is up to date")
        return EXIT_OK
    text = schema_text()
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return EXIT_OK
    from .export import atomic_path

    with atomic_path(args.output) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return EXIT_OK


# --------------------------------------------------------------------------- check


def _cmd_check(args: argparse.Namespace) -> int:
    from .check import REPORT_FORMATS, check, render_text, write_report

    _check_encoding(args.encoding)
    fmt = None
    if args.output not in (None, "-"):
        fmt = Path(args.output).suffix.lower().lstrip(".")
        if fmt not in REPORT_FORMATS:
            raise _UsageError(
                f"{args.output}: cannot tell the report format from the extension; "
                f"use {', '.join('.' + f for f in REPORT_FORMATS)}"
            )
    if not Path(args.draft).exists():
        _err(f"{args.draft}: no such file")
        return EXIT_INPUT
    for src in args.against:
        if not Path(src).exists():
            _err(f"{src}: no such file or folder")
            return EXIT_INPUT
    report = check(args.draft, args.against, engine=_engine(args.rules), encoding=args.encoding)
    if args.output == "-":
        for line in report.results:
            sys.stdout.write(json.dumps(line.to_json_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(report, color=_isatty(sys.stdout), problems_only=args.quiet))
        if args.output is not None:
            write_report(report, args.output, fmt)
    return EXIT_FINDINGS if report.contradicted else EXIT_OK


# --------------------------------------------------------------------------- parser


def _sub(sub: Any, name: str, help: str, description: str | None = None) -> argparse.ArgumentParser:
    return sub.add_parser(
        name,
        help=help,
        description=description or help,
        epilog=EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_rules_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--rules",
        action="append",
        metavar="DIR",
        help="also load the rules and lexicons in DIR (may be repeated; later folders override)",
    )


def build_parser() -> argparse.ArgumentParser:
    from .export import FORMATS

    p = argparse.ArgumentParser(
        prog="factx",
        description="Pull every quantified claim out of Chinese text.",
        epilog=EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"factx {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    ex = _sub(
        sub,
        "extract",
        "extract facts (value, unit, role, subject...) to jsonl, csv, json or xlsx",
        "Extract every quantified claim of the inputs. PATH is a file, a folder (its .txt "
        "and .md files, recursively, sorted) or '-' for standard input. An input that "
        "cannot be read is reported and skipped; the export still holds the others' facts.",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="text file, folder, or '-' for stdin")
    ex.add_argument("-o", "--output", metavar="OUT", help="output file; '-' or none: stdout")
    ex.add_argument(
        "--format", choices=FORMATS, help="output format (default: from OUT's extension; jsonl on stdout)"
    )
    _add_rules_option(ex)
    ex.add_argument("--encoding", metavar="ENC", help="decode inputs with ENC (default: detect)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress line on stderr")
    ex.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                    help="worker processes (rules compiled once per worker); output is identical to --jobs 1")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local processes (default) or Dask: a bag over the input files, rules loaded once per "
                         "worker, results in input order (pip install 'factx[dask]')")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="with --engine dask: a dask.distributed scheduler (tcp://host:8786); "
                         "default: a local cluster of --jobs (at least 2) worker processes")
    ex.add_argument(
        "--to",
        metavar="URL",
        nargs="?",
        const="sqlite:///exports/facts.db",
        help="also load the facts into a database: sqlite:///PATH (no URL: sqlite:///exports/facts.db) "
        "or postgresql://USER@HOST/DB; unchanged documents are skipped, changed ones replaced; "
        "without -o/--format nothing is written to stdout",
    )
    ex.set_defaults(func=_cmd_extract)

    sc = _sub(sub, "scan", "list every number (value, unit, qualifier) as JSON lines")
    sc.add_argument("paths", nargs="*", metavar="PATH", help="text files, folders of .txt/.md, or '-'")
    sc.add_argument("--text", help="scan this string instead of files")
    sc.add_argument("-o", "--output", help="output file (default: stdout)")
    sc.add_argument("--encoding", metavar="ENC", help="decode inputs with ENC (default: detect)")
    _add_rules_option(sc)
    sc.set_defaults(func=_cmd_scan)

    ru = _sub(sub, "rules", "check the rule files: lint, test", "Check the rule files.")
    rsub = ru.add_subparsers(dest="rules_command", metavar="COMMAND")
    ru.set_defaults(func=None, _help=ru)

    li = _sub(
        rsub,
        "lint",
        "report rules without examples and slow (backtracking) patterns",
        "Load the rules (exit 3 if they are invalid) and report problems that do not stop "
        "loading: rules without a match or no_match example, patterns that backtrack.",
    )
    _add_rules_option(li)
    li.set_defaults(func=_cmd_rules_lint)

    te = _sub(
        rsub,
        "test",
        "run the examples written beside every rule and lexicon entry",
        "Run every rule's match/no_match examples (todo examples are reported, never "
        "failures) and the examples of the unit, qualifier and not-number lexicons.",
    )
    _add_rules_option(te)
    te.add_argument("-v", "--verbose", action="store_true", help="also list passing and todo examples")
    te.set_defaults(func=_cmd_rules_test)

    sch = _sub(
        sub,
        "schema",
        "print the JSON Schema of Fact and of the check report",
        "Print the versioned JSON Schema of what factx writes (Fact; CheckReport), as "
        "committed in schema/factx.schema.json. --check compares instead of printing.",
    )
    sch.add_argument("-o", "--output", metavar="OUT", help="write the schema to OUT (default: stdout)")
    sch.add_argument(
        "--check",
        nargs="?",
        const="schema/factx.schema.json",
        metavar="FILE",
        help="exit 1 with a diff when FILE (default: schema/factx.schema.json) differs from the models",
    )
    sch.set_defaults(func=_cmd_schema)

    ck = _sub(
        sub,
        "check",
        "fact-check a draft against its sources: every figure supported, contradicted or not found",
        "Pair every figure of DRAFT with the source figure that states the same thing and "
        "compare them (printed precision, qualifiers, units, direction, subject, period). "
        "DRAFT and SOURCE are .txt/.md/.docx/.html files or folders of them; a SOURCE may "
        "also be a fact table written by 'factx extract' (.jsonl, .csv, .xlsx). Exit 1 when "
        "a figure is contradicted.",
    )
    ck.add_argument("draft", metavar="DRAFT", help="the draft: .txt, .md, .docx or .html")
    ck.add_argument(
        "--against", nargs="+", required=True, metavar="SOURCE", help="source files, folders or fact tables"
    )
    ck.add_argument(
        "-o", "--output", metavar="OUT",
        help="also write the report to OUT (.jsonl: one line per draft figure; .json; .xlsx); '-': jsonl on stdout",
    )
    _add_rules_option(ck)
    ck.add_argument("--encoding", metavar="ENC", help="decode text inputs with ENC (default: detect)")
    ck.add_argument("-q", "--quiet", action="store_true", help="list only figures that are not supported")
    ck.set_defaults(func=_cmd_check)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        (getattr(args, "_help", None) or parser).print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except _UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except FactxError as exc:
        if isinstance(exc.__cause__, BrokenPipeError):
            _quiet_stdout()  # the reader went away (| head): nothing left to say
            return exc.exit_code
        _err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
