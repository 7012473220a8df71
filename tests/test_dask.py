"""The per-document extraction on Dask: a LocalCluster of 2 worker processes gives output
identical to --jobs 1 (issue: beyond one machine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from factx.cli import main  # noqa: E402
from factx.pipeline import extract_files, extract_files_dask, iter_input_files  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
        with distributed.Client(cl) as c:
            yield c


def _rows(results):
    return [(r.doc, r.error, [f.to_json_dict() for f in r.facts]) for r in results]


def test_dask_local_cluster_equals_one_process(client):
    paths = iter_input_files([ROOT / "seeds"])
    assert _rows(extract_files_dask(paths, client=client)) == _rows(extract_files(paths))


def test_dask_reports_bad_inputs_like_the_local_engine(client, tmp_path):
    (tmp_path / "a.txt").write_text("完成投资5亿元。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    paths = iter_input_files([tmp_path])
    assert _rows(extract_files_dask(paths, client=client)) == _rows(extract_files(paths))


def test_cli_engine_dask(tmp_path, capsys):
    for i in range(4):
        (tmp_path / f"d{i}.txt").write_text(f"全市完成投资{i + 1}亿元，同比增长{i + 2}%。", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-q"]) == 0
    local = capsys.readouterr().out
    assert main(["extract", str(tmp_path), "-q", "--engine", "dask", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == local
    assert len([json.loads(l) for l in local.splitlines()]) == 8
