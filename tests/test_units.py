"""The unit, qualifier and not-number tables in rules/lexicons: every example holds."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from factx import scan_numbers
from factx.units import builtin_rules_dir, default_unit_table

LEX = builtin_rules_dir() / "lexicons"
_yaml = YAML(typ="safe", pure=True)
UNITS = _yaml.load(Path(LEX / "units.yaml").read_text(encoding="utf-8"))
QUALS = _yaml.load(Path(LEX / "qualifiers.yaml").read_text(encoding="utf-8"))
NOTNUM = _yaml.load(Path(LEX / "not_numbers.yaml").read_text(encoding="utf-8"))


def _unit_examples():
    for e in UNITS["units"]:
        for ex in e.get("examples", []):
            yield ex
    yield from UNITS["classifiers"].get("examples", [])
    for g in UNITS["classifiers"].get("groups", []):
        yield g["example"]


@pytest.mark.parametrize("example", list(_unit_examples()))
def test_unit_example(example):
    text, expected = (s.strip() for s in example.split("="))
    value, unit = expected.split()
    ms = [m for m in scan_numbers(text) if m.kind != "date"]
    assert ms, f"no figure in {text!r}"
    m = ms[-1] if len(ms) > 1 else ms[0]
    assert m.value == Decimal(value), (text, m)
    assert m.unit == unit


def test_every_unit_entry_has_an_example():
    missing = [e["surface"] for e in UNITS["units"] if not e.get("examples")]
    assert missing == []


def test_no_surface_listed_twice():
    surfaces = [s for e in UNITS["units"] for s in e["surface"]] + list(UNITS["classifiers"]["surfaces"])
    dup = [s for s, n in Counter(surfaces).items() if n > 1]
    assert dup == []


def test_longest_unit_wins():
    t = default_unit_table()
    assert t.match_at("千瓦时", 0).surface == "千瓦时"
    assert t.match_at("千瓦", 0).surface == "千瓦"
    assert t.match_at("个百分点", 0).unit == "pp"
    assert t.match_at("个月", 0).unit == "month"
    assert t.match_at("个", 0).unit == "个"


@pytest.mark.parametrize("example", QUALS["examples"])
def test_qualifier_example(example):
    text, qual = (s.strip() for s in example.split("="))
    [m] = scan_numbers(text)
    assert m.qualifier == qual


@pytest.mark.parametrize("text", NOTNUM["examples"])
def test_not_number_example(text):
    assert scan_numbers(text) == []


def test_user_rules_dir_adds_a_unit(tmp_path):
    from factx.units import load_unit_table

    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "units.yaml").write_text(
        "units:\n  - surface: [马力, 匹马力]\n    unit: hp\n    factor: 1\n    kind: measure\n    examples: ['3马力 = 3 hp']\n",
        encoding="utf-8",
    )
    table = load_unit_table([builtin_rules_dir(), tmp_path])
    [m] = scan_numbers("发动机最大功率1.2万马力", table=table)
    assert (m.value, m.unit) == (Decimal(12000), "hp")


def test_malformed_unit_file_names_file_and_line(tmp_path):
    from factx import RuleError
    from factx.units import load_unit_table

    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "units.yaml").write_text("units:\n  - surface: [x\n    unit: y\n", encoding="utf-8")
    with pytest.raises(RuleError) as ei:
        load_unit_table([tmp_path])
    assert "units.yaml:" in str(ei.value)
    assert ei.value.line is not None


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("最大风力有13级(38米/秒)", Decimal(38), "m/s"),  # per second stays per second
        ("金价1800美元/盎司", Decimal(1800), "USD/oz"),  # per ounce stays per ounce
        ("时速80公里/小时", Decimal(80000), "m/hour"),  # other rates in canonical units
        ("啤酒产量2399万千升", Decimal(23990000), "m3"),
        ("电力需求约为54TWh", Decimal(54000000000), "kWh"),
    ],
)
def test_rates_quoted_per_second_or_ounce_keep_their_denominator(text, value, unit):
    from factx import scan_numbers

    m = [m for m in scan_numbers(text) if m.unit][-1]
    assert (m.value, m.unit) == (value, unit)


def test_a_price_per_ounce_written_before_it_keeps_the_ounce():
    from factx import extract

    (f,) = extract("金价每盎司1800美元。", doc="x")
    assert (f.value, f.unit) == (Decimal(1800), "USD/oz")


def test_verb_ends_that_keep_a_round_word_from_qualifying_are_data(tmp_path):
    # (过 in 营收过千亿 is more_than; after 通 it ends the verb 通过; a user's folder adds such characters)
    from factx.units import default_unit_table, load_unit_table

    t = default_unit_table()
    assert t.qualifier_before_round("营收过千亿", 3) == ("more_than", 2)
    assert t.qualifier_before_round("通过千亿", 2) is None
    assert t.qualifier_before_round("滑过千亿", 2) == ("more_than", 1)
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "qualifiers.yaml").write_text("round_not_after: 滑\n", encoding="utf-8")
    table = load_unit_table([builtin_rules_dir(), tmp_path])
    assert table.qualifier_before_round("滑过千亿", 2) is None and table.qualifier_before_round("通过千亿", 2) is None


def test_a_word_opening_with_a_classifier_is_no_unit():
    from factx import extract

    fs = extract("由于50万门槛的限制，开设12门课程，新开3家门店。", doc="x")
    assert [(f.text, f.unit) for f in fs] == [("12门", "门"), ("3家", "家")]


def test_box_office_is_money_not_tickets():
    from factx import extract

    # 票房 opens with the classifier 票 but names takings: the bare 亿 amount before it is yuan
    fs = extract("国庆档8天收获26.29亿票房。快递业务量105.5亿票。", doc="x")
    assert [(f.text, f.unit, f.kind) for f in fs] == [("26.29亿", "CNY", "money"), ("105.5亿票", "票", "count")]


def test_shareholders_are_no_shares():
    from factx import extract

    assert not [f for f in extract("16万股东不淡定了。其中3万股民持股超过1000股。", doc="x") if f.unit == "股" and f.text != "1000股"]
    assert [f.text for f in extract("等20股市值超千亿元。", doc="x") if f.unit == "股"] == ["20股"]
