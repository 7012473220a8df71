"""The published JSON Schema: committed copy in step with the models, CLI, drift detection."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from factx import schema
from factx.cli import main
from factx.models import Fact

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / schema.DEFAULT_SCHEMA_PATH


def test_committed_schema_matches_the_models() -> None:
    diff = schema.schema_diff(COMMITTED)
    assert diff == "", (
        "schema/factx.schema.json differs from the models; if the change is intended run\n"
        "  factx schema -o schema/factx.schema.json\n"
        "(and bump factx.schema.SCHEMA_VERSION when a field was removed, renamed or retyped)\n" + diff
    )


def test_committed_schema_covers_every_published_model() -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert list(committed) == list(schema.SCHEMA_MODELS)
    for name, model in schema.SCHEMA_MODELS.items():
        body = committed[name]
        assert body["$id"] == f"urn:factx:schema:v{schema.SCHEMA_VERSION}:{name}"
        assert body["$schema"].startswith("https://json-schema.org/")
        fields = {f.serialization_alias or n for n, f in model.model_fields.items() if not f.exclude}
        assert fields <= set(body["properties"])


def test_decimals_are_published_as_numbers() -> None:
    props = schema.build_schema({"Fact": Fact})["Fact"]["properties"]
    assert props["value"]["type"] == "number"
    for name in ("low", "high"):
        assert {"type": "number"} in props[name]["anyOf"]
    # ...which is what the JSON factx writes holds
    d = Fact(doc="d", start=0, end=3, text="1/3", value=Decimal(1) / 3, unit="", kind="number").to_json_dict()
    assert isinstance(d["value"], float) and d["low"] is None


def test_a_model_change_is_detected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Fact(schema.Fact):  # same name, one more field
        reviewer: str | None = None

    models = dict(schema.SCHEMA_MODELS, Fact=Fact)
    diff = schema.schema_diff(COMMITTED, models)
    assert '"reviewer"' in diff
    # and through the CLI: --check exits 1 and prints the diff
    monkeypatch.setattr(schema, "SCHEMA_MODELS", models)
    assert main(["schema", "--check", str(COMMITTED)]) == 1


def test_cli_print_write_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert json.loads(printed).keys() == schema.SCHEMA_MODELS.keys()
    out = tmp_path / "s.json"
    assert main(["schema", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == printed
    assert main(["schema", "--check", str(out)]) == 0
    assert "up to date" in capsys.readouterr().out
    out.write_text(printed.replace('"title": "Unit"', '"title": "Unit!"'), encoding="utf-8")
    assert main(["schema", "--check", str(out)]) == 1
    captured = capsys.readouterr()
    assert '-        "title": "Unit!"' in captured.out and "out of date" in captured.err
    assert main(["schema", "--check", str(tmp_path / "missing.json")]) == 1
    assert main(["schema", "--check", str(out), "-o", str(out)]) == 2
