"""Hard and hostile inputs: each is extracted correctly or refused with one clear line
naming the file, a documented exit code, and the rest of the batch still processed."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

import factx.pipeline as pipeline
from factx.cli import main

TEXT = "全市算力中心累计完成投资700多亿元，年用电量达60亿千瓦时。\n储备项目134个，总投资1220.3亿元。\n"
EXPECTED = ["700多亿元", "60亿千瓦时", "134个", "1220.3亿元"]


def _run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _facts(out: str):
    return [json.loads(l) for l in out.splitlines() if l.strip()]


ENCODED = {
    "utf8.txt": TEXT.encode("utf-8"),
    "utf8bom.txt": b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    "gb18030.txt": TEXT.encode("gb18030"),
    "gbk.txt": TEXT.encode("gbk"),
    "utf16.txt": TEXT.encode("utf-16"),
    "crlf.txt": TEXT.replace("\n", "\r\n").encode("utf-8"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encodings_are_extracted(tmp_path, capsys, name):
    f = tmp_path / name
    f.write_bytes(ENCODED[name])
    code, out, err = _run(capsys, "extract", str(f))
    assert code == 0, err
    rows = _facts(out)
    assert [r["text"] for r in rows] == EXPECTED
    raw = pipeline.textmod.decode(ENCODED[name])[0]
    for r in rows:
        assert raw[r["start"] : r["end"]] == r["text"]


def test_big5_is_detected(tmp_path, capsys):
    text = "臺北市政府今年編列預算新臺幣一千二百億元，較去年增加百分之五，其中社會福利支出約三百億元，教育經費增加至二百五十億元。\n"
    f = tmp_path / "big5.txt"
    f.write_bytes(text.encode("big5"))
    code, out, err = _run(capsys, "extract", str(f))
    assert code == 0, err
    assert any(r["unit"] == "CNY" or r["unit"] == "%" for r in _facts(out))


def test_empty_file_gives_no_facts_and_no_error(tmp_path, capsys):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    code, out, err = _run(capsys, "extract", str(f))
    assert code == 0 and out == ""


def _png(p: Path):
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def _zip(p: Path):
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("a.txt", TEXT)


@pytest.mark.parametrize("maker,reason", [(_png, "binary file (PNG"), (_zip, "binary file (ZIP")])
def test_binary_inputs_are_refused_and_the_batch_goes_on(tmp_path, capsys, maker, reason):
    bad = tmp_path / "bad.txt"
    maker(bad)
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    code, out, err = _run(capsys, "extract", str(bad), str(good))
    assert code == 4
    lines = [l for l in err.splitlines() if l.strip()]
    assert any(str(bad) in l and reason in l for l in lines)
    assert "1 of 2 inputs failed" in err
    assert [r["text"] for r in _facts(out)] == EXPECTED


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file(tmp_path, capsys):  # pragma: no cover - not run as root
    f = tmp_path / "secret.txt"
    f.write_text(TEXT, encoding="utf-8")
    f.chmod(0)
    code, out, err = _run(capsys, "extract", str(f))
    assert code == 4 and str(f) in err


def test_unreadable_file_reported(tmp_path, capsys, monkeypatch):
    f = tmp_path / "secret.txt"
    f.write_text(TEXT, encoding="utf-8")
    real = Path.read_bytes

    def deny(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    code, out, err = _run(capsys, "extract", str(f))
    assert code == 4 and f"{f}: cannot read: Permission denied" in err


def test_missing_file(tmp_path, capsys):
    code, out, err = _run(capsys, "extract", str(tmp_path / "nope.txt"))
    assert code == 4 and "nope.txt" in err


def test_stdin(capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("gb18030"))))
    code, out, err = _run(capsys, "extract", "-")
    assert code == 0 and [r["text"] for r in _facts(out)] == EXPECTED


def test_folder_of_many_files_in_input_order(tmp_path, capsys):
    for i in range(300):
        (tmp_path / f"doc{i:05d}.txt").write_text(f"第{i}号文件：完成投资{i + 1}亿元。\n", encoding="utf-8")
    code, out, err = _run(capsys, "extract", str(tmp_path), "-q")
    assert code == 0
    rows = _facts(out)
    assert [r["doc"] for r in rows] == [f"doc{i:05d}" for i in range(300)]
    assert [r["value"] for r in rows] == [(i + 1) * 10**8 for i in range(300)]


def test_jobs_2_gives_identical_output(tmp_path, capsys):
    for i in range(12):
        (tmp_path / f"d{i:02d}.txt").write_text(TEXT * (i + 1), encoding="utf-8")
    c1, o1, _ = _run(capsys, "extract", str(tmp_path), "-q")
    c2, o2, _ = _run(capsys, "extract", str(tmp_path), "-q", "--jobs", "2")
    assert c1 == c2 == 0 and o1 == o2 and o1


def test_large_file_is_streamed_with_raw_offsets(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 1000)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 700)
    paras = [f"第{i}段。全市完成投资{i + 1}亿元，同比增长{i % 9 + 1}.5%。\n\n" for i in range(200)]
    raw = "".join(paras)
    f = tmp_path / "big.txt"
    f.write_text(raw, encoding="gb18030")
    res = pipeline.extract_document(f)
    assert res.error is None and res.encoding == "gb18030" and res.chars == len(raw)
    assert len(res.facts) == 400
    for fact in res.facts:
        assert raw[fact.start : fact.end] == fact.text
    assert len({fa.claim for fa in res.facts}) == 200  # claim ids stay unique across chunks
    whole = pipeline.extract(raw, "big")
    assert [(x.start, x.value, x.role) for x in whole] == [(x.start, x.value, x.role) for x in res.facts]


def test_invalid_bytes_in_a_streamed_file(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 100)
    monkeypatch.setattr(pipeline, "HEAD_BYTES", 200)
    data = ("完成投资5亿元。\n" * 100).encode("utf-8") + b"\xff\xfe\xfa" + "完成投资5亿元。\n".encode("utf-8") * 10
    f = tmp_path / "mixed.txt"
    f.write_bytes(data)
    res = pipeline.extract_document(f)
    assert res.error is not None and "not valid" in res.error and res.facts == []


def test_streamed_export_of_a_large_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 1000)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 700)
    raw = "".join(f"第{i}段。全市完成投资{i + 1}亿元，同比增长{i % 9 + 1}.5%。\n\n" for i in range(200))
    f = tmp_path / "big.txt"
    f.write_text(raw, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = _run(capsys, "extract", str(f), "-o", str(out), "-q")
    assert code == 0, err
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 400
    assert all(raw[r["start"] : r["end"]] == r["text"] for r in rows)
    csv_out = tmp_path / "out.csv"
    assert _run(capsys, "extract", str(f), "-o", str(csv_out), "-q")[0] == 0
    assert len(csv_out.read_text(encoding="utf-8-sig").splitlines()) == 401


def test_a_large_file_failing_halfway_leaves_nothing_in_the_export(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 100)
    monkeypatch.setattr(pipeline, "HEAD_BYTES", 200)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 50)
    bad = tmp_path / "a_bad.txt"
    bad.write_bytes(("完成投资5亿元。\n\n" * 100).encode("utf-8") + b"\xff\xfe\xfa" + "完成投资6亿元。\n".encode("utf-8"))
    good = tmp_path / "b_good.txt"
    good.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = _run(capsys, "extract", str(bad), str(good), "-o", str(out), "-q")
    assert code == 4 and "a_bad.txt" in err and "not valid" in err
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == EXPECTED  # nothing of the half-read file


def test_a_regex_timeout_is_a_rule_error_not_an_unreadable_file(tmp_path, monkeypatch, capsys):
    import factx.attribute as attribute

    monkeypatch.setattr(attribute, "RULE_TIMEOUT", 1e-9)
    f = tmp_path / "doc.txt"
    f.write_text(TEXT, encoding="utf-8")
    code, _, err = _run(capsys, "extract", str(f))
    assert code == 3 and "rules/roles.yaml" in err and "cannot read" not in err
