"""Pydantic v2 models of what factx produces: Fact (one figure) and its JSON form.

Values are ``Decimal`` inside; ``Fact.to_json_dict()`` turns them into JSON numbers
(exact for integers, the shortest round-tripping text otherwise), the form
``../shared/gold`` and the scorer use.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Fact", "Kind", "Qualifier", "Role", "Direction", "decimal_to_json"]

Kind = Literal["money", "ratio", "count", "measure", "duration", "rank", "number"]
Qualifier = Literal[
    "exact", "more_than", "at_least", "nearly", "less_than", "at_most", "about", "several", "range"
]
#: The qualifiers that bound a figure on one side only (超过, 以上, 不到…): it states a mark, not the level.
OPEN_QUALIFIERS: frozenset[str] = frozenset({"more_than", "at_least", "less_than", "at_most"})
Role = Literal["value", "before", "after", "delta"]
Direction = Literal["up", "down"]


def decimal_to_json(d: Decimal | None) -> int | float | None:
    """A Decimal as a JSON-ready number: int when integral, else float.

    >>> decimal_to_json(Decimal("1640000000.0"))
    1640000000
    >>> decimal_to_json(Decimal("1.57"))
    1.57
    """
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


class Fact(BaseModel):
    """One quantified claim's figure, with its exact raw span and attributes."""

    model_config = ConfigDict(extra="forbid", frozen=False)

    doc: str = Field(description="document id: the file stem")
    start: int = Field(ge=0, description="raw start offset (Python str index)")
    end: int = Field(ge=0, description="raw end offset, exclusive")
    text: str = Field(description="raw[start:end], exactly")
    value: Decimal
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str
    kind: Kind
    qualifier: Qualifier = "exact"
    role: Role = "value"
    direction: Direction | None = None
    claim: str = ""
    metric: str = ""
    subject: str | None = None
    period: str | None = None
    table: bool = False
    optional: bool = False
    title: str | None = Field(default=None, description="title of the article the fact is in")
    sentence: str = Field(default="", description="the sentence the figure stands in")
    rule_id: str = ""
    warnings: list[str] = Field(default_factory=list)
    source: str | None = Field(default=None, description="path of the input file")

    def to_json_dict(self) -> dict[str, Any]:
        """A dict ready for ``json.dumps``: Decimals become JSON numbers."""
        d = self.model_dump()
        for k in ("value", "low", "high"):
            d[k] = decimal_to_json(d[k])
        return d
