"""The ``factx`` command: extract, rules lint, rules test, help and exit codes.

Most cases call ``factx.cli.main`` in-process (the built-in engine is then loaded once
per test session); a few run ``python -m factx`` in a subprocess to check the real
entry point, stdout bytes and exit status.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factx import __version__
from factx.cli import main
from factx.errors import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, EXIT_RULES, EXIT_USAGE

DOC_A = "全市算力中心累计完成投资700多亿元，同比增长5%。\n"
# CRLF line ends and a second paragraph: offsets must index the raw text, \r included
DOC_B = "2023年，该公司营业收入为12.5亿元，净利润下降3.2%。\r\n\r\n全年新增就业岗位1.2万个。\r\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_bytes(DOC_A.encode("utf-8"))
    (d / "b.txt").write_bytes(DOC_B.encode("utf-8"))
    (d / "ignored.csv").write_text("1,2,3\n", encoding="utf-8")  # not .txt/.md
    return d


def _rows(jsonl: str) -> list[dict]:
    return [json.loads(line) for line in jsonl.splitlines() if line.strip()]


def _check_rows(rows: list[dict], folder: Path) -> None:
    raws = {d: (folder / f"{d}.txt").read_bytes().decode("utf-8") for d in {r["doc"] for r in rows}}
    assert rows
    for r in rows:
        assert isinstance(r["value"], (int, float)) and not isinstance(r["value"], bool)
        assert r["low"] is None or isinstance(r["low"], (int, float))
        assert raws[r["doc"]][r["start"] : r["end"]] == r["text"]


def _rules_dir(tmp_path: Path, files: dict[str, str]) -> Path:
    d = tmp_path / "my_rules"
    for name, text in files.items():
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return d


# --------------------------------------------------------------------------- extract


def test_extract_folder_to_stdout_as_jsonl(corpus, capsys):
    assert main(["extract", str(corpus)]) == EXIT_OK
    out, err = capsys.readouterr()
    rows = _rows(out)
    _check_rows(rows, corpus)
    assert {r["doc"] for r in rows} == {"a", "b"}
    assert [r["text"] for r in rows if r["doc"] == "a"] == ["700多亿元", "5%"]
    first = next(r for r in rows if r["text"] == "700多亿元")
    assert (first["value"], first["unit"], first["qualifier"]) == (70000000000, "CNY", "more_than")
    assert err == ""  # no progress line: stderr is no terminal


def test_extract_to_file_and_dash_means_stdout(corpus, tmp_path, capsys):
    out_file = tmp_path / "out" / "facts.jsonl"
    assert main(["extract", str(corpus), "-o", str(out_file), "--quiet"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    rows = _rows(out_file.read_text(encoding="utf-8"))
    _check_rows(rows, corpus)
    assert main(["extract", str(corpus), "-o", "-"]) == EXIT_OK
    assert _rows(capsys.readouterr().out) == rows


def test_extract_csv(corpus, tmp_path, capsys):
    from factx.export import COLUMNS

    assert main(["extract", str(corpus / "a.txt"), "--format", "csv"]) == EXIT_OK
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == COLUMNS
    assert [row[COLUMNS.index("text")] for row in table[1:]] == ["700多亿元", "5%"]
    # the format also follows the extension of OUT (with a BOM for Excel)
    out_file = tmp_path / "facts.csv"
    assert main(["extract", str(corpus / "a.txt"), "-o", str(out_file)]) == EXIT_OK
    assert out_file.read_bytes().startswith(b"\xef\xbb\xbfdoc,title,")


def test_unknown_output_extension_is_a_usage_error(corpus, tmp_path, capsys):
    assert main(["extract", str(corpus), "-o", str(tmp_path / "facts.xyz")]) == EXIT_USAGE
    assert "--format" in capsys.readouterr().err
    assert not (tmp_path / "facts.xyz").exists()


def test_unreadable_input_fails_alone(corpus, tmp_path, capsys):
    bad = corpus / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out_file = tmp_path / "facts.jsonl"
    missing = corpus / "missing.txt"
    code = main(["extract", str(corpus), str(missing), "-o", str(out_file)])
    assert code == EXIT_INPUT
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if "bad.txt" in line]) == 1
    assert len([line for line in err if "missing.txt" in line]) == 1
    assert all(line.startswith("factx: ") for line in err)
    assert err[-1] == "factx: 2 of 4 inputs failed"
    rows = _rows(out_file.read_text(encoding="utf-8"))
    assert {r["doc"] for r in rows} == {"a", "b"}  # the others' facts are still exported
    _check_rows(rows, corpus)


def test_stdin(monkeypatch, capsys):
    class FakeStdin:
        buffer = io.BytesIO(DOC_A.encode("gb18030"))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    assert main(["extract", "-"]) == EXIT_OK
    rows = _rows(capsys.readouterr().out)
    assert [r["text"] for r in rows] == ["700多亿元", "5%"]
    assert {r["doc"] for r in rows} == {"stdin"}
    assert all(DOC_A[r["start"] : r["end"]] == r["text"] for r in rows)


def test_export_failure_is_exit_5(corpus, tmp_path, capsys):
    # the target is a folder: it cannot be replaced by a file
    (tmp_path / "facts.jsonl").mkdir()
    assert main(["extract", str(corpus), "-o", str(tmp_path / "facts.jsonl")]) == 5
    err = capsys.readouterr().err
    assert err.startswith("factx: ") and err.count("\n") == 1


def test_interrupt_is_exit_130(corpus, monkeypatch, capsys):
    import factx.pipeline

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(factx.pipeline, "extract_document", boom)
    assert main(["extract", str(corpus)]) == 130
    assert "interrupted" in capsys.readouterr().err


def test_python_m_factx(corpus):
    proc = subprocess.run(
        [sys.executable, "-m", "factx", "extract", str(corpus / "a.txt"), str(corpus / "b.txt")],
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    _check_rows(_rows(proc.stdout.decode("utf-8")), corpus)
    proc = subprocess.run([sys.executable, "-m", "factx", "--help"], capture_output=True, timeout=60)
    assert proc.returncode == 0
    assert b"exit codes" in proc.stdout


# --------------------------------------------------------------------------- help


@pytest.mark.parametrize(
    "argv", [[], ["extract"], ["scan"], ["rules"], ["rules", "lint"], ["rules", "test"]], ids=" ".join
)
def test_help_lists_exit_codes(argv, capsys):
    with pytest.raises(SystemExit) as ei:
        main([*argv, "--help"])
    assert ei.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes" in out and "130" in out


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == EXIT_USAGE
    assert main(["rules"]) == EXIT_USAGE


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


# --------------------------------------------------------------------------- rules


def test_rules_test_builtin(capsys):
    assert main(["rules", "test"]) == EXIT_OK
    last = capsys.readouterr().out.splitlines()[-1]
    assert re.match(r"^\d+ passed, 0 failed", last)


def test_rules_lint_builtin(capsys):
    assert main(["rules", "lint"]) == EXIT_OK
    assert re.fullmatch(r"\d+ rules OK", capsys.readouterr().out.strip())


def test_rules_test_reports_a_failing_example(tmp_path, capsys):
    d = _rules_dir(
        tmp_path,
        {
            "mine.yaml": (
                "rules:\n"
                "  - id: role.my_wrong\n"
                "    kind: role\n"
                "    priority: 1\n"
                "    before: \"总投资\"\n"
                "    role: value\n"
                "    examples:\n"
                "      match: [\"同比增长[[6.5%]]\"]\n"
                "      no_match: [\"总投资[[5亿元]]\"]\n"
                "      todo: [\"总投资约[[5亿元]]\"]\n"
            )
        },
    )
    assert main(["rules", "test", "--rules", str(d), "-v"]) == EXIT_FINDINGS
    out = capsys.readouterr().out.splitlines()
    fails = [line for line in out if "[role.my_wrong]" in line and "— ok" not in line and " todo:" not in line]
    assert len(fails) == 2  # the match example and the no_match example
    assert all(re.match(r"^.*mine\.yaml:\d+: \[role\.my_wrong\] (match|no_match): .+ — .+", f) for f in fails)
    assert any(" todo: " in line for line in out)
    assert re.fullmatch(r"\d+ passed, 2 failed, 1 todo", out[-1])


def test_malformed_yaml_is_exit_3_with_file_and_line(tmp_path, capsys):
    d = _rules_dir(tmp_path, {"file.yaml": "rules:\n  - id: x.y\n    kind: role\n   before: \"a\"\n"})
    assert main(["rules", "lint", "--rules", str(d)]) == EXIT_RULES
    err = capsys.readouterr().err
    assert re.search(r"file\.yaml:\d+", err)
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "content,where,words",
    [
        ('subjects:\n  suffixes: "a\\s"\n', "attribution.yaml:2", "malformed YAML"),
        ("subjects:\n  suffixes: [unclosed\n", "attribution.yaml:3", "malformed YAML"),
        ('periods:\n  - "x"\nsubjects:\n  suffixes: "a(b"\n', "attribution.yaml:4", "subjects.suffixes"),
    ],
)
def test_a_bad_attribution_lexicon_is_exit_3_with_file_and_line(tmp_path, capsys, content, where, words):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "attribution.yaml").write_text(content, encoding="utf-8")
    assert main(["extract", "--rules", str(tmp_path), "-"]) == EXIT_RULES
    err = capsys.readouterr().err
    assert where in err and words in err and err.count("\n") == 1, err


def test_lint_reports_a_catastrophic_lexicon_pattern_with_file_and_line(tmp_path, capsys):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "attribution.yaml").write_text('periods:\n  - "(a+)+b"\n', encoding="utf-8")
    assert main(["rules", "lint", "--rules", str(tmp_path)]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "attribution.yaml:1: [lexicon periods]" in out and "catastrophic" in out


def test_unknown_field_is_exit_3_naming_the_rule(tmp_path, capsys):
    d = _rules_dir(
        tmp_path,
        {"file.yaml": "rules:\n  - id: role.mine\n    kind: role\n    before: \"a\"\n    role: value\n    colour: red\n"},
    )
    assert main(["extract", "--rules", str(d), "-"]) == EXIT_RULES
    err = capsys.readouterr().err
    assert "role.mine" in err and "colour" in err and "file.yaml:6" in err


def test_duplicate_id_is_exit_3(tmp_path, capsys):
    rule = "  - id: role.mine\n    kind: role\n    before: \"{b}\"\n    role: value\n"
    d = _rules_dir(tmp_path, {"file.yaml": "rules:\n" + rule.format(b="a") + rule.format(b="b")})
    assert main(["rules", "test", "--rules", str(d)]) == EXIT_RULES
    err = capsys.readouterr().err
    assert "duplicate" in err and "role.mine" in err and "file.yaml:" in err


def test_unknown_fragment_is_exit_3(tmp_path, capsys):
    d = _rules_dir(
        tmp_path, {"file.yaml": "rules:\n  - id: role.mine\n    kind: role\n    before: \"{NOPE}\"\n    role: value\n"}
    )
    assert main(["rules", "lint", "--rules", str(d)]) == EXIT_RULES
    err = capsys.readouterr().err
    assert "{NOPE}" in err and "role.mine" in err


def test_missing_rules_folder_is_exit_3(tmp_path, capsys):
    assert main(["rules", "lint", "--rules", str(tmp_path / "nope")]) == EXIT_RULES
    assert "nope" in capsys.readouterr().err


def test_lint_reports_catastrophic_pattern(tmp_path, capsys):
    d = _rules_dir(
        tmp_path,
        {
            "slow.yaml": (
                "rules:\n"
                "  - id: not_fact.slow\n"
                "    kind: not_fact\n"
                "    pattern: \"(a+)+$\"\n"
                "    examples:\n"
                "      match: [\"aaa5个\"]\n"
                "      no_match: [\"5个\"]\n"
            )
        },
    )
    assert main(["rules", "lint", "--rules", str(d)]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert re.search(r"slow\.yaml:\d+: \[rule not_fact\.slow\] pattern .*backtracking", out)


def test_disable_a_builtin_rule(tmp_path, monkeypatch, capsys):
    text = "今日出版第12966期"  # an example of not_fact.issue_or_page

    def run(*extra: str) -> list[dict]:
        class FakeStdin:
            buffer = io.BytesIO(text.encode("utf-8"))

        monkeypatch.setattr(sys, "stdin", FakeStdin())
        assert main(["extract", "-", *extra]) == EXIT_OK
        return _rows(capsys.readouterr().out)

    assert run() == []
    d = _rules_dir(tmp_path, {"off.yaml": "disable: [not_fact.issue_or_page]\n"})
    assert [r["text"] for r in run("--rules", str(d))] == ["第12966期"]


def test_rules_dir_adds_a_unit(tmp_path, capsys):
    doc = tmp_path / "port.txt"
    doc.write_text("该船主机功率达到5万马力。\n", encoding="utf-8")
    assert main(["extract", str(doc)]) == EXIT_OK
    assert _rows(capsys.readouterr().out) == []  # 马力 is no built-in unit: a bare number
    d = _rules_dir(
        tmp_path,
        {
            "lexicons/units.yaml": (
                "units:\n"
                "  - surface: [马力, 匹马力]\n"
                "    unit: hp\n"
                "    factor: 1\n"
                "    kind: measure\n"
                "    examples: ['5万马力 = 50000 hp']\n"
            )
        },
    )
    assert main(["extract", str(doc), "--rules", str(d)]) == EXIT_OK
    [row] = _rows(capsys.readouterr().out)
    assert (row["text"], row["value"], row["unit"], row["kind"]) == ("5万马力", 50000, "hp", "measure")
    # the unit's example is run by `rules test`, and a wrong one fails
    assert main(["rules", "test", "--rules", str(d)]) == EXIT_OK
    capsys.readouterr()
    units = d / "lexicons" / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("50000 hp", "5 hp"), encoding="utf-8")
    assert main(["rules", "test", "--rules", str(d)]) == EXIT_FINDINGS
    assert "[unit 马力]" in capsys.readouterr().out


def test_lint_time_limits_are_scaled_by_the_machine_not_loosened_on_a_fast_one():
    from factx.rules import adversarial_ms, machine_factor

    import regex

    assert machine_factor() >= 1.0
    slow = regex.compile(r"[^z]{1,40}(?:z|q)")  # tries 40 characters at every position
    fast = regex.compile(r"增长")
    # a factor divides the time: a machine twice as slow reports the reference machine's time
    assert adversarial_ms(fast, factor=1.0) < 50
    assert adversarial_ms(slow, limit_ms=0, factor=1.0) > 2 * adversarial_ms(slow, limit_ms=0, factor=4.0)


def test_a_pattern_over_the_limit_is_timed_again_against_a_fresh_timing_of_the_machine(monkeypatch):
    import regex

    import factx.rules as R

    slow = regex.compile(r"[^z]{1,40}(?:z|q)")
    # the factor was measured while the machine was idle; now it is busy: the second round of
    # timings divides by the machine's present slowness, so a moment of load fails nothing
    monkeypatch.setattr(R, "machine_factor", lambda: 1000.0)
    assert R.adversarial_ms(slow, limit_ms=1.0, factor=1.0) <= 1.0
