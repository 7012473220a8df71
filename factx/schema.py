"""The published, versioned JSON Schema of what factx writes.

``factx schema`` prints :func:`schema_text`: one JSON object mapping each model of
:data:`SCHEMA_MODELS` (``Fact``, and ``CheckReport`` once :mod:`factx.check` provides
it) to its JSON Schema (draft 2020-12, serialization mode, each one self-contained).
A copy is committed as ``schema/factx.schema.json``; ``factx schema --check`` exits 1
when it differs from the models (``tests/test_schema.py`` does the same), and
``factx schema -o schema/factx.schema.json`` rewrites it.

Decimals (``Fact.value``, ``low``, ``high``) are ``Decimal`` in Python but JSON numbers
in every JSON factx writes (:meth:`factx.models.Fact.to_json_dict`), so the schema
says ``number`` for them.

Versioning: each model's ``$id`` is ``urn:factx:schema:v<SCHEMA_VERSION>:<Model>``.
Adding an optional field keeps the version; removing, renaming or retyping a field,
or making one required, needs ``SCHEMA_VERSION`` bumped in the same change.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

from .models import Fact

__all__ = [
    "SCHEMA_VERSION",
    "SCHEMA_MODELS",
    "DEFAULT_SCHEMA_PATH",
    "schema_models",
    "build_schema",
    "schema_text",
    "schema_diff",
]

#: Bump when a published field is removed, renamed, retyped or made required.
SCHEMA_VERSION = 1

#: Where the committed copy lives, relative to the repository root.
DEFAULT_SCHEMA_PATH = Path("schema") / "factx.schema.json"

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


class _FactxJsonSchema(GenerateJsonSchema):
    """Pydantic's generator, with Decimal published as a JSON number (how factx writes it)."""

    def decimal_schema(self, schema: Any) -> dict[str, Any]:  # noqa: D401 - pydantic hook
        return {"type": "number"}


def schema_models() -> dict[str, type[BaseModel]]:
    """The models whose schema factx publishes, by name, in a fixed order.

    ``CheckReport`` comes from :mod:`factx.check` and is left out while that module
    (or the class) does not exist; any other import failure inside it propagates.
    """
    models: dict[str, type[BaseModel]] = {"Fact": Fact}
    try:
        from .check import CheckReport  # type: ignore[attr-defined]
    except ImportError as exc:
        if exc.name not in ("factx.check", f"{__package__}.check"):
            raise
    else:
        models["CheckReport"] = CheckReport
    return models


#: The published models, by name (``Fact``; ``CheckReport`` when factx.check has it).
SCHEMA_MODELS: dict[str, type[BaseModel]] = schema_models()


def build_schema(models: dict[str, type[BaseModel]] | None = None) -> dict[str, Any]:
    """``{name: JSON Schema}`` for ``models`` (default :data:`SCHEMA_MODELS`)."""
    models = SCHEMA_MODELS if models is None else models
    out: dict[str, Any] = {}
    for name, model in models.items():
        body = model.model_json_schema(mode="serialization", schema_generator=_FactxJsonSchema)
        out[name] = {"$schema": _DIALECT, "$id": f"urn:factx:schema:v{SCHEMA_VERSION}:{name}", **body}
    return out


def schema_text(models: dict[str, type[BaseModel]] | None = None) -> str:
    """:func:`build_schema` as the exact text of the committed file (2-space indent, final newline)."""
    return json.dumps(build_schema(models), ensure_ascii=False, indent=2) + "\n"


def schema_diff(path: str | Path, models: dict[str, type[BaseModel]] | None = None) -> str:
    """A unified diff from the file at ``path`` to the current schema; ``""`` when equal.

    A missing or unreadable file differs from everything.
    """
    current = schema_text(models)
    try:
        committed = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        return f"{path}: cannot read: {exc.strerror or exc}\n"
    if committed == current:
        return ""
    return "".join(
        difflib.unified_diff(
            committed.splitlines(keepends=True),
            current.splitlines(keepends=True),
            fromfile=str(path),
            tofile="current models",
        )
    ) or f"{path}: differs from the current models (whitespace or line ends)\n"
