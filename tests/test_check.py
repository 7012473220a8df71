"""factx check: verdicts on drafts made from the seed texts, intervals, inputs, CLI, reports."""

from __future__ import annotations

import importlib.util
import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import factx
from factx.check import (
    CheckReport,
    check,
    interval,
    period_key,
    printed_step,
    render_text,
    write_report,
)
from factx.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
D02 = SEEDS / "d02_nbs_april_2017_economy.txt"
D03 = SEEDS / "d03_property_developers_q1_2015.txt"
S000 = SEEDS / "000_ec2c1d10fc4b6ecc.txt"
CHECK_DATA = ROOT / "tests" / "data" / "check"


def _load_eval():
    spec = importlib.util.spec_from_file_location("check_eval", ROOT / "benchmarks" / "check_eval.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["check_eval"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _one(report: CheckReport, text: str):
    hits = [r for r in report.results if r.text == text]
    assert hits, f"{text!r} not among {[r.text for r in report.results]}"
    return hits[0]


def _assert_verdict(draft: str, source: str, text: str, verdict: str, error: str | None) -> None:
    """The draft figure printed ``text`` gets ``verdict`` and ``error`` against ``source``."""
    r = _one(check(draft, [source]), text)
    assert (r.verdict, r.error) == (verdict, error), r.explanation


# --------------------------------------------------------------------------- the measured floors


@pytest.fixture(scope="module")
def eval_result():
    """The dev drafts and the held-out sets the checker was tuned after, pooled. The
    blind sets (tests/data/check_blind*) are for measurement only (benchmarks/check_eval.py)."""
    ev = _load_eval()
    sets = ["check", "check_holdout", "check_holdout2", "check_holdout3"]
    cases = [c for d in sets for c in ev.load_cases(CHECK_DATA.parent / d)]
    return ev.evaluate(cases)


def test_drafts_from_seeds_meet_the_floors(eval_result):
    stats = eval_result["stats"]
    contra = [v for (exp, _), v in stats.items() if exp == "contradicted"]
    harmless = [v for (exp, _), v in stats.items() if exp == "ok"]
    invented = [v for (exp, _), v in stats.items() if exp == "unsupported"]
    n, flagged = sum(v[0] for v in contra), sum(v[1] for v in contra)
    assert n >= 40 and flagged / n >= 0.98
    n, flagged = sum(v[0] for v in harmless), sum(v[1] for v in harmless)
    assert n >= 100 and flagged / n <= 0.02
    n, ok = sum(v[0] for v in invented), sum(v[1] for v in invented)
    assert n >= 10 and ok / n >= 0.90
    assert not eval_result["missing"], "a marked edit has no draft figure"


def test_every_error_class_is_covered_and_named(eval_result):
    from factx.check import ERROR_CLASSES

    classes = {cls for (exp, cls) in eval_result["stats"] if exp == "contradicted"}
    assert set(ERROR_CLASSES) <= classes
    right = sum(v[2] for (exp, _), v in eval_result["stats"].items() if exp == "contradicted")
    total = sum(v[0] for (exp, _), v in eval_result["stats"].items() if exp == "contradicted")
    assert right / total >= 0.9


def test_marks_are_parsed_with_offsets():
    ev = _load_eval()
    text, edits = ev.parse_marked("甲[[12亿元|contradicted|magnitude]]乙[[3%|ok|rounding]]")
    assert text == "甲12亿元乙3%"
    assert [(e.start, e.end, e.verdict, e.cls) for e in edits] == [(1, 5, "contradicted", "magnitude"), (6, 8, "ok", "rounding")]
    assert text[edits[0].start : edits[0].end] == "12亿元"


# --------------------------------------------------------------------------- intervals and periods


def test_printed_precision_intervals():
    f = factx.extract("装配一次合格率为87.37%。")[0]
    iv = interval(f)
    assert (iv.lo, iv.lo_open, iv.hi, iv.hi_open) == (Decimal("87.365"), False, Decimal("87.375"), True)
    f = factx.extract("总投资1220.3亿元。")[0]
    assert printed_step(f) == Decimal("1E7")
    f = factx.extract("全市累计完成投资700多亿元。")[0]
    iv = interval(f)
    assert iv.contains(Decimal("7.5e10")) and not iv.contains(Decimal("7e10")) and not iv.contains(Decimal("8e10"))
    f = factx.extract("国内生产总值五十四万亿元。")[0]
    assert printed_step(f) == Decimal("1E12")
    f = factx.extract("销售额近180亿元。")[0]
    iv = interval(f)
    assert iv.contains(Decimal("1.773e10")) and not iv.contains(Decimal("1.8e10"))


@pytest.mark.parametrize(
    "text, key",
    [
        ("1—4月份", (None, (1, 4))),
        ("4月份", (None, (4, 4))),
        ("一季度", (None, (1, 3))),
        ("前三个月", (None, (1, 3))),
        ("截至2015年3月31日止三个月", ("2015", (1, 3))),
        ("4月份，规上工业增加值增长6.5%，增速比3月回落", (None, (4, 4))),
        ("今年以来", (None, None)),
    ],
)
def test_period_keys(text, key):
    assert period_key(text) == key


# --------------------------------------------------------------------------- verdicts


def test_supported_rounding_and_harmless_rewrites():
    draft = (
        "今年以来，太重集团(大同)起重机有限公司销售额已突破6100万元。"
        "该公司一次装配合格率从87.37%提升至96.5%。截至目前，全市算力中心累计完成投资超过700亿元。"
    )
    rep = check(draft, [S000])
    assert _one(rep, "96.5%").verdict == "supported_by_rounding"
    assert _one(rep, "87.37%").verdict == "supported"
    assert _one(rep, "700亿元").verdict == "supported"
    assert rep.ok


def test_wan_for_yi_chinese_numerals_and_cheng():
    rep = check("1-4月份，全国固定资产投资14.4万亿元，同比增长百分之八点九。", [D02])
    assert _one(rep, "14.4万亿元").verdict == "supported_by_rounding"
    assert _one(rep, "百分之八点九").verdict == "supported"
    rep = check("太钢炼钢二厂的智慧炼钢平台投用后，操作工效提升三成以上。", [SEEDS / "004_aa350e90e26aa040.txt"])
    assert _one(rep, "三成").verdict in ("supported", "supported_by_rounding")


@pytest.mark.parametrize(
    "draft, figure, error",
    [
        ("其中万科公布前三个月销售金额为460.6万元。", "460.6万元", "magnitude"),
        ("万科前三个月销售金额为406.6亿元。", "406.6亿元", "transposed_digits"),
        ("碧桂园合同销售金额约177.3亿元，同比增长44.32%。", "44.32%", "direction_flipped"),
        ("2015年销售目标定为1500亿元，较2014年目标增36.4个百分点。", "36.4个百分点", "percent_vs_points"),
        ("恒大3月实现合约销售额137.1亿美元。", "137.1亿美元", "wrong_unit"),
        ("碧桂园公布前三个月销售金额为460.6亿元。", "460.6亿元", "wrong_subject"),
        ("恒大2014年1~3月累计合约销售金额约305.4亿元。", "305.4亿元", "wrong_period"),
        ("此外，一季度多家企业的利润跌幅近50%。", "50%", "qualifier_changed"),
    ],
)
def test_each_error_class(draft, figure, error):
    r = _one(check(draft, [D03]), figure)
    assert (r.verdict, r.error) == ("contradicted", error), r.explanation
    assert r.source is not None and r.explanation


def test_before_after_swapped():
    r = check("该公司装配一次合格率从96.49%提升至87.37%。", [S000])
    assert {(x.text, x.verdict, x.error) for x in r.results} == {
        ("96.49%", "contradicted", "before_after_swapped"),
        ("87.37%", "contradicted", "before_after_swapped"),
    }


def test_invented_figure_is_unsupported():
    r = _one(check("万科一季度新开工面积120万平方米。", [D03]), "120万平方米")
    assert r.verdict == "unsupported" and r.source is None


def test_two_equal_sources_are_ambiguous():
    sources = ["甲公司今年营业收入增长10%。", "乙公司今年营业收入增长20%。"]
    r = check("公司今年营业收入增长15%。", sources)
    assert r.results[0].verdict == "ambiguous"
    assert len(r.results[0].candidates) >= 2
    # the value tells which one is meant: no guess needed
    assert check("公司今年营业收入增长20%。", sources).results[0].verdict == "supported"


def test_offsets_index_the_raw_draft():
    draft = "标题\n\n4月份，全国居民消费价格同比上涨1.2%，\n涨幅比上月扩大0.3个百分点。"
    rep = check(draft, [D02])
    assert rep.results
    for r in rep.results:
        assert draft[r.start : r.end] == r.text
        assert "【" + r.text + "】" in r.marked
        if r.source:
            raw = D02.read_text(encoding="utf-8")
            assert raw[r.source.start : r.source.end] == r.source.text
            assert raw.count("\n", 0, r.source.start) + 1 == r.source.line


# --------------------------------------------------------------------------- inputs


def test_docx_html_and_folders(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("万科一季度业绩")
    d.add_paragraph("其中万科公布前三个月销售金额为406.6亿元。")
    draft = tmp_path / "draft.docx"
    d.save(str(draft))
    html = tmp_path / "src" / "page.html"
    html.parent.mkdir()
    html.write_text(
        "<html><head><title>t</title><style>p{}</style><script>var x='1亿元';</script></head><body>"
        "<p>其中万科公布前三个月销售金额为460.6亿元，同比去年的542.3亿元减少15%。</p></body></html>",
        encoding="utf-8",
    )
    rep = check(draft, [tmp_path / "src"])
    r = _one(rep, "406.6亿元")
    assert (r.verdict, r.error) == ("contradicted", "transposed_digits")
    assert r.source.path.endswith("page.html")
    assert not any("1亿元" == x.text for x in rep.results)


@pytest.mark.parametrize("ext", ["jsonl", "csv", "xlsx"])
def test_fact_tables_as_sources(tmp_path, ext):
    table = tmp_path / f"facts.{ext}"
    res = factx.extract_files([D03])
    factx.write_facts(res[0].facts, table)
    rep = check("其中万科公布前三个月销售金额为460.6万元，同比去年的542.3亿元减少15%。", [table])
    assert _one(rep, "460.6万元").error == "magnitude"
    assert _one(rep, "542.3亿元").verdict == "supported"
    assert _one(rep, "460.6万元").source.line == 5  # the table names its source file


def test_unreadable_input_raises(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(factx.InputError):
        check(bad, [D03])


# --------------------------------------------------------------------------- reports and CLI


def test_reports(tmp_path):
    rep = check("其中万科公布前三个月销售金额为460.6万元，同比去年的542.3亿元减少15%。", [D03])
    text = render_text(rep)
    assert "【460.6万元】" in text and "magnitude" in text and "d03_property_developers_q1_2015.txt:5" in text
    write_report(rep, tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["counts"]["contradicted"] == 1 and len(data["results"]) == 3


def test_cli_exit_codes_and_jsonl(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("其中万科公布前三个月销售金额为460.6万元，同比去年的542.3亿元减少15%。", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("万科前三个月销售额为460.6亿元，同比减少15%。", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert main(["check", str(bad), "--against", str(D03), "-o", str(out)]) == 1
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3
    raw = bad.read_text(encoding="utf-8")
    for row in lines:
        for key in ("start", "end", "text", "value", "unit", "verdict", "error", "explanation", "source"):
            assert key in row
        assert raw[row["start"] : row["end"]] == row["text"]
    first = lines[0]
    assert first["verdict"] == "contradicted" and first["error"] == "magnitude"
    assert {"doc", "start", "end", "text", "value", "unit"} <= set(first["source"])
    assert first["source"]["value"] == 46060000000
    assert main(["check", str(good), "--against", str(SEEDS)]) == 0
    assert "supported" in capsys.readouterr().out


def test_cli_xlsx_report(tmp_path):
    from openpyxl import load_workbook

    draft = tmp_path / "d.txt"
    draft.write_text("其中万科公布前三个月销售金额为460.6万元，同比去年的542.3亿元减少15%。万科新开工面积120万平方米。", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert main(["check", str(draft), "--against", str(D03), "-o", str(out), "-q"]) == 1
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Summary" and "Check" in wb.sheetnames
    ws = wb["Check"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["line", "verdict", "error"]
    verdicts = [row[1] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert "contradicted" in verdicts and "unsupported" in verdicts
    fills = {row[1].value: row[1].fill.fgColor.rgb for row in ws.iter_rows(min_row=2)}
    assert fills["contradicted"].endswith("FFC7CE")
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(values_only=True) if row and row[0]}
    assert summary["contradicted"] == 1 and summary["unsupported"] == 1


def test_cli_usage_and_input_errors(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("销售额460.6亿元。", encoding="utf-8")
    assert main(["check", str(draft), "--against", str(D03), "-o", str(tmp_path / "r.txt")]) == 2
    assert main(["check", str(tmp_path / "missing.txt"), "--against", str(D03)]) == 4
    assert main(["check", str(draft), "--against", str(tmp_path / "missing")]) == 4
    with pytest.raises(SystemExit):
        main(["check", str(draft)])  # --against is required


# --------------------------------------------------------------------------- general rules (blind-set misses)

D01 = SEEDS / "d01_suzhou_hitech_projects_2011.txt"
D04 = SEEDS / "d04_southwest_hydropower_curtailment_2017.txt"
D06 = next(SEEDS.glob("d06_*.txt"))
S004 = SEEDS / "004_aa350e90e26aa040.txt"


def test_a_bound_or_range_end_states_its_number():
    # 下降45%至61% is not 下降54%至61%: a range's end (at_least) must agree with the source's
    r = _one(check("万科预计一季度归属于上市公司股东的净利润为6亿~7亿元，比上年同期下降45%至61%。", [D03]), "45%")
    assert (r.verdict, r.error) == ("contradicted", "transposed_digits"), r.explanation
    assert _one(check("万科预计一季度归属于上市公司股东的净利润为6亿~7亿元，比上年同期下降54%至61%。", [D03]), "54%").verdict == "supported"
    # an open bound far below the source's exact figure does not report it
    src = ["该公司今年销售额70亿元。"]
    assert check("该公司今年销售额超过60亿元。", src).results[0].verdict not in ("supported", "supported_by_rounding")
    assert check("该公司今年销售额超过65亿元。", src).results[0].verdict == "supported"


def test_well_fitting_figure_with_another_value_is_contradicted_without_a_named_subject():
    # the draft names no subject; the sources state this measure for one subject only
    r = _one(check("这批项目投资规模大，20个项目中有5个总投资超过10亿元，15个项目总投资超1亿元。", [D01]), "15个")
    assert (r.verdict, r.error) == ("contradicted", "wrong_value"), r.explanation
    # 该航线 points back to a route, not to the article's subject: that is no subject clash
    draft = "迎泽区储备重大项目134个\n\n15个月前，“朝阳”号外贸轮首次停靠太重码头。此后该航线共计接卸船舶38航次，带来近150万吨吞吐量的业务增量。"
    rep = check(draft, [S004])
    assert (_one(rep, "38航次").verdict, _one(rep, "38航次").error) == ("contradicted", "wrong_value")
    assert (_one(rep, "150万吨").verdict, _one(rep, "150万吨").error) == ("contradicted", "qualifier_changed")


def test_invented_figure_with_a_loosely_similar_measure_stays_unsupported():
    # a plan (计划新开工亿元以上项目) is not the source's 超过10亿元以上的项目有5个, and 6个 counts towns
    r = _one(check("据介绍，今年高新区计划新开工亿元以上项目60个。", [D01]), "60个")
    assert r.verdict == "unsupported", r.explanation


def test_equal_value_direction_flip_is_contradicted_even_when_descriptions_score_poorly():
    draft = "“十二五”期间，云南省内用电需求增速逐年下降，年均增长7.47%，2015年全省全社会用电量首次出现负增长，同比下降5.94%，2016年则同比增长1.95%。"
    rep = check(draft, [D04])
    r = _one(rep, "1.95%")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped"), r.explanation
    assert _one(rep, "5.94%").verdict == "supported"


def test_figure_copied_with_its_context_is_supported():
    rep = check("铁矿石市场：唐山地区66%酸粉湿基不含税主流市场价在1090元左右。北票地区65-66%酸粉湿粉不含税市场价格约965元。", [D06])
    assert all(r.verdict in ("supported", "supported_by_rounding") for r in rep.results if r.text == "66%")


def test_copied_context_does_not_excuse_another_subject_or_period():
    src = ["2016年，甲公司营业收入为10亿元。2017年，乙公司营业收入为12亿元。"]
    # same words right before the figure, but the draft gives it to the other company or year
    r = check("2017年，甲公司营业收入为12亿元。", src).results[0]
    assert r.verdict == "contradicted", r.explanation
    r = check("2016年，乙公司营业收入为12亿元。", src).results[0]
    assert r.verdict == "contradicted", r.explanation


def test_a_source_naming_the_measure_more_broadly_supports_it():
    # headline 总投资120亿元 against the source headline 投资１２０亿 (合计总投资37.7亿元 is a part)
    rep = check("苏州高新区20个重点项目集中开工 总投资120亿元", [D01])
    assert _one(rep, "120亿元").verdict == "supported"


def test_value_of_another_subject_for_the_same_measure_is_wrong_subject():
    r = _one(check("万科2014年全年销售额达1315亿元。", [D03]), "1315亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation


def test_metric_synonyms_cpi():
    rep = check("4月CPI同比上涨1.2% PPI涨幅回落", [D02])
    assert _one(rep, "1.2%").verdict == "supported"


def test_price_level_words_name_the_cpi():
    src = ["全县居民消费价格(CPI)比上年上涨1.7%。八大类商品和服务项目价格中，衣着类上涨6.7%。"]
    assert _one(check("全县物价总水平比上年上涨1.7%。", src), "1.7%").verdict == "supported"


def test_a_ratio_restated_as_its_earlier_value_is_swapped():
    src = ["产业结构进一步优化。三次产业比例由7.3:53.5:39.2调整为7.0:53.7:39.3。"]
    r = check("三次产业比例调整为7.3:53.5:39.2。", src)
    assert [x.verdict for x in r.results] == ["contradicted"] * 3, [x.explanation for x in r.results]


def test_a_simplified_draft_of_a_traditional_source():
    src = ["中國中鐵2023年一季度新簽合同額6673.8億元，同比增長16.5%；營業收入2726.25億元，同比減少3.6%。"]
    r = check("中国中铁一季度新签合同额6673.8亿元，同比增长16.5%；营业收入2726.25亿元，同比减少3.9%。", src)
    assert [(x.text, x.verdict) for x in r.results] == [
        ("6673.8亿元", "supported"), ("16.5%", "supported"), ("2726.25亿元", "supported"), ("3.9%", "contradicted")]


def test_a_count_in_traditional_characters_is_the_same_count():
    r = check("全市共有家庭户3004398户，集体户315728户。", ["全市共有家庭戶3004398戶，集體戶315728戶。"])
    assert [x.verdict for x in r.results] == ["supported", "supported"]


def test_one_months_figure_is_not_a_running_total():
    src = ["1-10月，乘用车产销分别完成1531.6万辆和1549.5万辆，同比分别下降10.1%和9.9%。"]
    r = _one(check("其中乘用车当月销量1549.5万辆。", src), "1549.5万辆")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("1-10月，乘用车销量1549.5万辆。", src), "1549.5万辆").verdict == "supported"


def test_about_a_precise_figure_allows_rounding_only():
    src = ["配售股份占公司经扩大后全部已发行股本约16.67%，占扩大后全部已发行H股约20.00%。"]
    r = _one(check("配售股份约占公司经扩大后全部已发行股本的16.76%。", src), "16.76%")
    assert r.verdict not in ("supported", "supported_by_rounding"), r.explanation
    r = _one(check("配售股份约占公司经扩大后全部已发行股本的16.7%。", src), "16.7%")
    assert r.verdict == "supported_by_rounding", r.explanation


def test_a_drafts_period_carried_from_an_earlier_sentence_is_no_clash():
    draft = "1-4月份，全国居民消费价格同比上涨1.4%。分类别看，食品烟酒价格同比下降1.8%。"
    assert _one(check(draft, [D02]), "1.8%").verdict == "supported"
    # named in the figure's own sentence, a wrong period is still caught
    r = _one(check("1-4月份，食品烟酒价格同比下降1.8%。", [D02]), "1.8%")
    assert r.verdict == "contradicted", r.explanation


def test_a_summary_in_other_words_still_states_a_distinctive_figure():
    src = ["1-8月，江苏省进出口总值3.3万亿元。其中，出口2.0万亿元，增长18.6%；进口1.3万亿元，增长14.7%。江苏省进出口总值占全国进出口总值的13.3%。"]
    # reworded (在全国进出口总值中占比): the only source figure printing 13.3% states it
    assert check("江苏外贸在全国进出口总值中占比13.3%。", src).results[0].verdict == "supported"
    # but a number moved to the other segment (出口's 18.6% given to 进口) is not excused
    r = check("江苏进口增长18.6%。", src).results[0]
    assert r.verdict == "contradicted", r.explanation
    # two digits are enough when the number is printed once (the stock gains of a list)
    src2 = ["上榜的50家公司下半年以来股价平均上涨12.14%，大幅跑赢大盘，天齐锂业、海目星、快意电梯和国民技术股价上涨超60%。"]
    assert check("天齐锂业等个股涨幅逾60%。", src2).results[-1].verdict == "supported"
    # a short number identifies nothing: 6.9% printed twice stays judged on its wording
    assert check("江苏投资增长6.9%。", ["江苏工业增长6.9%，消费增长6.9%。"]).results[0].verdict != "supported"


def test_a_headline_period_does_not_date_its_second_part():
    draft = "4月份全国规模以上工业增加值增长6.5% 基础设施投资增长23.3%"
    r = _one(check(draft, [SEEDS / "d02_nbs_april_2017_economy.txt"]), "23.3%")
    assert r.verdict == "supported", r.explanation


def test_a_measure_no_source_names_is_unsupported_not_ambiguous():
    src = ["1-8月，民营企业进出口12315.2亿元；外商投资企业进出口17613.2亿元。"]
    r = check("1-8月，跨境电商进出口412.6亿元。", src).results[0]
    assert r.verdict == "unsupported", r.explanation


def test_a_precise_figure_inside_a_sources_open_bound_is_unsupported():
    src = ["一季度，河南GDP超过一万亿元。"]
    r = check("一季度，河南GDP为14714.6亿元。", src).results[0]
    assert r.verdict == "unsupported", r.explanation
    # below the bound it contradicts the source
    assert check("一季度，河南GDP为8714.6亿元。", src).results[0].verdict == "contradicted"


def test_a_word_taken_for_a_name_raises_no_subject_clash():
    from factx.check import _namelike

    class It:
        def __init__(self, name):
            self.subject = self.subject_raw = name
            self.places = frozenset()

    assert [_namelike(It(n)) for n in ("万科", "碧桂园", "中国石化集团", "盈利", "累计", "单季合计", "这些公司", "不过")] == [
        True, True, True, False, False, False, False, False,
    ]


def test_a_number_moved_to_a_measure_the_source_names_otherwise_is_contradicted():
    src = ["主要行业大类中，规模以上汽车制造业增加值增长91.1%，石油和天然气开采业增长12.5%，专用设备制造业增长10.6%。"]
    r = check("主要行业大类中，规模以上汽车制造业增加值增长91.1%，石油和天然气开采业增长10.6%。", src)
    assert [(x.text, x.verdict) for x in r.results] == [("91.1%", "supported"), ("10.6%", "contradicted")]
    # the figures as the source gives them stay supported
    assert {x.verdict for x in check(src[0], src).results} == {"supported"}


def test_a_place_and_a_project_it_runs_named_together_do_not_clash():
    # the source says 该项目 (the project), the draft carries the city: both are in the draft's sentence
    src = ["2020年杭州市启动了“数字孪生”项目。\n该项目已建成涉及12个部门的平台，开发系统32个，接入数据45类。"]
    rep = check("2020年杭州市启动了“数字孪生”项目，已建成涉及12个部门的平台，开发系统32个，接入数据45类。", src)
    assert [x.verdict for x in rep.results] == ["supported"] * 3, [x.explanation for x in rep.results]


def test_a_business_anaphor_under_a_sub_heading_gives_a_wrong_subject():
    src = ["SQM半年报\nSPN业务\n报告期内，SPN业务的毛利润占比为20%。\n碘及衍生物\n报告期内，该业务的毛利润占比为13%。\n"]
    draft = "SQM半年报\nSPN业务\n报告期内，SPN业务的毛利润占比为20%。\n碘及衍生物\n报告期内，该业务的毛利润占比为20%。\n"
    assert [r.verdict for r in check(draft, src).results] == ["supported", "contradicted"]


def test_a_period_opening_the_clause_is_no_part_of_a_name():
    src = ["深圳上半年GDP增长3%。\n上半年，深圳规模以上工业增加值同比增长5.9%。"]
    r = check("深圳上半年GDP增长3%。\n工业是主要拉动力。上半年全市规模以上工业增加值同比增长5.9%。", src)
    assert [x.verdict for x in r.results] == ["supported", "supported"], [x.explanation for x in r.results]


def test_leading_names_are_not_cut_out_of_common_words():
    from factx.check import _leading_name

    assert _leading_name("平均市值126亿元，下半年以来股价平均上涨") is None  # 市值 is no city
    assert _leading_name("上半年全市规模以上工业增加值同比增长") is None  # a period, then 全市
    assert _leading_name("万柏林区已储备项目") == "万柏林区"


def test_a_change_between_dated_levels_follows_their_order():
    src = ["从经济增长看，今年一、二、三季度国内生产总值两年平均增速分别为5%、5.5%和4.9%。"]
    ok = check("国内生产总值两年平均增速从5.5%回落至4.9%。", src)
    assert [r.verdict for r in ok.results] == ["supported", "supported"], [r.explanation for r in ok.results]
    bad = check("国内生产总值两年平均增速从4.9%回落至5.5%。", src)
    assert [(r.verdict, r.error) for r in bad.results] == [("contradicted", "before_after_swapped")] * 2


def test_a_holiday_dates_a_figure_and_a_count_of_things_is_not_dated():
    src = ["黄桂红介绍，国庆节期间三个新景区共接待游客6.16万人次。"]
    r = check("黄桂红介绍，今年前三季度三个新景区共接待游客6.16万人次。", src)
    assert [(x.text, x.verdict, x.error) for x in r.results] == [
        ("三个", "supported", None), ("6.16万人次", "contradicted", "wrong_period"),
    ], [x.explanation for x in r.results]


def test_a_shares_owner_is_not_carried_to_the_next_figure():
    src = ["在新基建领域，武汉已累计建成5G站点33479个。"]
    r = check("武汉今年上半年GDP同比增长28.6%，数字经济占GDP比重逾40%，已累计建成5G站点约3.3万个。", src)
    assert r.results[-1].verdict in ("supported", "supported_by_rounding"), r.results[-1].explanation


def test_a_group_naming_the_sources_subject_is_no_clash():
    src = ["江阴地区重废市场报价在3730元/吨，上海地区重废市场报价在3730元/吨。"]
    r = check("江阴、上海两地重废市场报价均在3730元/吨。", src)
    assert r.results[0].verdict == "supported", r.results[0].explanation


def test_guonei_wai_names_no_place():
    from factx.check import _lex_for, _Normaliser
    from factx.pipeline import default_engine

    norm = _Normaliser(_lex_for(default_engine()), ["国内", "靖西县"])
    assert norm.find_entity("全县共接待国内外游客") is None
    assert norm.find_entity("靖西县接待国内游客") == "靖西县"  # (国内 before a measure is its scope, no one's name)


def test_a_change_against_levels_dated_by_year_is_in_order_or_swapped():
    src = ["2017年度，上述135家房企平均每家每年归属于母公司股东的净利润为13.3亿元，2016年度则为10.3亿元。"
           "即平均每家上市公司约赚13.3亿元。"]
    ok = check("135家房企平均每家每年归属于母公司股东的净利润已从10.3亿元增至13.3亿元。", src)
    assert [r.verdict for r in ok.results if r.text.endswith("亿元")] == ["supported", "supported"]
    bad = check("135家房企平均每家每年归属于母公司股东的净利润已从13.3亿元增至10.3亿元。", src)
    assert [(r.verdict, r.error) for r in bad.results if r.text.endswith("亿元")] == [
        ("contradicted", "before_after_swapped")] * 2


def test_short_company_names_with_common_characters_still_clash():
    src = ["近八成房企净利润实现了同比上涨。归属于母公司股东的净利润最高者为万科，达280亿元。"]
    r = check("归属于母公司股东的净利润最高者为保利，达280亿元。", src).results[0]
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    assert check("归属于母公司股东的净利润最高者为万科，达280亿元。", src).results[0].verdict == "supported"


def test_items_of_a_fenbie_list_keep_their_own_figures():
    src = ["2016年中国对世界经济贡献了近40%的增长率，约为1.2个百分点。相比之下，美国、欧洲和日本分别只贡献了0.3、0.2和0.1个百分点。"]
    r = check("2016年，美国贡献0.3个百分点，日本贡献0.2个百分点。", src).results
    assert [(x.verdict, x.error) for x in r] == [("supported", None), ("contradicted", "wrong_subject")]


def test_an_abbreviated_company_name_is_the_same_company():
    src = ["交通银行2016年实现净利润672亿元。交行2016年营业收入1940.62亿元，同比增长0.5%。"]
    r = check("交通银行2016年营业收入1941亿元。", src).results[0]
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation


def test_a_level_reached_is_not_flagged_for_its_changes_direction():
    src = ["去年末房地产行业贷款较去年初下降10.11%至2041.11亿元。"]
    r = check("房地产行业贷款较去年初增长10.11%至2041.11亿元。", src).results
    assert [(x.text, x.verdict, x.error) for x in r] == [
        ("10.11%", "contradicted", "direction_flipped"), ("2041.11亿元", "supported", None)]
    assert r[1].direction == "up"  # reported as extracted
    # a level reached with no change stated is still judged on its verb
    assert check("房地产行业贷款增至2041.11亿元。", src).results[0].verdict != "supported"


def test_a_verb_phrase_ending_in_gongsi_is_no_name():
    src = ["交行去年净赚672亿\n交行昨日晚间公布的2016年经营业绩显示，该行去年实现营业收入1940.62亿元，同比下滑0.25%；"
           "全年实现归属于母公司股东的净利润672.1亿元，同比增长1.03%。"]
    r = check("交通银行2016年营业收入约1941亿元；归属于母公司股东的净利润672.1亿元，同比增长1.03%。", src).results[-1]
    assert r.verdict == "supported", r.explanation


def test_a_figure_naming_no_measure_is_found_by_its_subject():
    src = ["从GDP同比增速来看，共有21个省份增速高于4.8%的全国水平。其中，广东（3.3%）、江苏（4.6%）、天津（0.1%）低于全国水平。"
           "辽宁GDP增速2.7%也低于“国家线”。"]
    r = check("一季度，天津仅增长0.1%，辽宁增长2.7%，均低于全国水平。", src).results
    assert [x.verdict for x in r] == ["supported", "supported"], [x.explanation for x in r]
    # given to another province, the number is not found for it
    assert check("一季度，江苏仅增长0.1%。", src).results[0].verdict != "supported"


def test_a_name_and_a_preposition_name_no_measure():
    src = ["近八成房企净利润实现了同比上涨。归属于母公司股东的净利润最高者为万科，达280亿元。"]
    r = check("万科以二百八十亿元居首。", src).results[0]
    assert r.verdict == "supported", r.explanation


def test_a_distinctive_number_printed_in_another_unit_is_a_unit_slip():
    src = ["值得一提的是，该行去年逾期贷款管控成效明显，实现期末逾期贷款余额较去年初减少51.5亿元。"]
    r = check("交行逾期贷款余额较去年初减少51.5%。", src).results[0]
    assert (r.verdict, r.error) == ("contradicted", "wrong_unit"), r.explanation
    # an invented figure with a number the sources do not print stays unsupported
    assert check("交行逾期贷款余额较去年初减少48.2%。", src).results[0].verdict == "unsupported"


def test_a_unit_slip_is_found_among_well_fitting_figures_of_the_draft_unit():
    src = ["截至去年末，交行贷款余额较去年初增长6.89%。该行去年逾期贷款管控成效明显，实现期末逾期贷款余额较去年初减少51.5亿元。"]
    r = check("交行贷款余额较去年初增长6.89%。该行期末逾期贷款余额较去年初减少51.5%。", src).results[-1]
    assert (r.verdict, r.error) == ("contradicted", "wrong_unit"), r.explanation


def test_a_change_against_listed_yearly_levels_is_in_order_or_swapped():
    src = ["数据显示，135家上市房企2017年、2016年及2015年归属于母公司股东的净利润分别为1795亿元、1394亿元和984亿元。"]
    r = check("近三年来，上市房企净利润总额从1795亿元一路增至984亿元。", src).results
    assert [(x.verdict, x.error) for x in r] == [("contradicted", "before_after_swapped")] * 2
    r = check("近三年来，上市房企净利润总额从984亿元一路增至1795亿元。", src).results
    assert [x.verdict for x in r] == ["supported", "supported"]


def test_spaces_beside_numbers_do_not_hide_periods():
    src = ["中国联通虽然 2016 年的业务收入降幅较上一年有所收窄（以 4G 为主力的移动业务收入同比增长仅 1.7%），"
           "但经营利润率却从 2014 年的 6.6%、2015 年的 3.9% 跌至 2016 年的 0.98%。"]
    draft = "中国联通以 4G 为主力的移动业务收入同比增长仅 1.7%，但经营利润率却从 2014 年的 6.6% 跌至 2016 年的 0.98%。"
    r = check(draft, src).results
    assert r[0].text == "1.7%" and r[0].verdict == "supported", r[0].explanation


def test_another_subjects_exact_wording_excludes_no_figure():
    src = [D01]  # 一是投资规模大，20个项目中有5个总投资超过10亿元 … 其中超过10亿元以上的项目有5个
    draft = ("莱克电气绿能科技、中核苏阀、新协力机器等13个内资项目，合计总投资37.7亿元，全部项目总投资达到120亿元，"
             "平均投资规模达6亿元，其中超过10亿元的项目有五个。")
    r = _one(check(draft, src), "五个")
    assert r.verdict == "supported", r.explanation


def test_a_listed_figure_is_judged_against_the_one_worded_the_same_up_to_it():
    src = ["5月轿车的产销量分别为70.1万辆和72.3万辆，环比分别下降10.2%和0.9%，与去年同期相比分别下降23.7%和17.4%。"]
    draft = "5月轿车产销量分别为70.1万辆和72.3万辆，与去年同期相比分别下降23.7%和19.4%。"
    r = _one(check(draft, src), "19.4%")
    assert r.verdict == "contradicted" and r.source.text == "17.4%", r.explanation


def test_a_rounding_of_another_figure_yields_to_a_slip_worded_the_same():
    src = ["中汽协公布的数据显示，5月国内汽车累计产量为184.83万辆，与去年同期相比下降21.2%，同比降幅比上月扩大6.7%；"
           "5月国内汽车市场的累计销量为191.3万辆，与去年同期相比下降16.4%，同比降幅与上月相比扩大1.8%，产销同比降幅都有所扩大。"
           "1-5月，国内汽车市场产销分别完成1023.7万辆和1026.6万辆，产销量比上年同期相比均下降13%，"
           "降幅比1-4月分别扩大2个百分点和0.8个百分点。"]
    draft = "1-5月，国内汽车市场产销分别完成1023.7万辆和1026.6万辆，比上年同期均下降13%，降幅比1-4月分别扩大2%和0.8个百分点。"
    r = _one(check(draft, src), "2%")
    assert (r.verdict, r.error) == ("contradicted", "percent_vs_points"), r.explanation


def test_a_changes_dated_start_dates_no_later_figure_of_the_draft():
    src = ["直播收入由2023年同期的93亿元增加7.5%至2024年第二季度的100亿元。其他服务收入由2023年同期的34亿元增加21.3%"
           "至2024年第二季度的42亿元。"]
    draft = "直播收入由2023年同期的93亿元增加7.5%至100亿元；其他服务收入增长21.3%至42亿元。"
    r = {x.text: x for x in check(draft, src).results}
    assert r["42亿元"].verdict == "supported", r["42亿元"].explanation


def test_the_place_named_last_before_a_figure_is_whose_it_is():
    src = ["6月初，广州和深圳两市同时发布增加小汽车牌照限额的通知，广州和深圳分别新增10万辆和8万辆。"]
    draft = "6月初，广州和深圳两市同时发布增加小汽车牌照限额的通知，广州新增8万辆。"
    r = _one(check(draft, src), "8万辆")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation


def test_a_period_ending_a_longer_one_later_is_not_named_again():
    src = ["5月在国内整体汽车市场下滑的大环境下，新能源汽车依旧呈现逆势增长。中汽协数据显示，新能源汽车产销分别为11.2万辆和10.4万辆；"
           "2019年1-5月，新能源汽车产销分别为48.0万辆和46.4万辆。"]
    r = _one(check("前五个月，新能源汽车销量10.4万辆。", src), "10.4万辆")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation


def test_a_rate_per_another_span_of_time_is_another_period():
    src = ["经统计，北京每天产生200多个创新型企业。"]
    r = check("北京每月产生200多个创新型企业。", src).results[0]
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert check("北京每天产生200多个创新型企业。", src).results[0].verdict == "supported"


def test_a_return_is_a_change():
    from factx.check import _RATE_WORD

    assert _RATE_WORD.search("华夏大盘精选和华夏红利净值回报分别为")
    assert _RATE_WORD.search("净值回报率为") and not _RATE_WORD.search("营业收入为")


def test_a_share_in_cheng_may_round_a_bounded_source_figure():
    r = check("占比三成。", ["占比超过30%。"]).results[0]
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation
    r = check("占比三成。", ["占比超过40%。"]).results[0]
    assert r.verdict not in ("supported", "supported_by_rounding"), r.explanation


def test_points_for_the_percent_of_the_only_figure_printing_the_number():
    src = ["此部分收入约占组委会收入总额的40%；市场开发收入98.7亿元。"]
    r = check("此部分收入约占收入总额的40个百分点。", src).results[0]
    assert (r.verdict, r.error) == ("contradicted", "percent_vs_points"), r.explanation
    # among more figures of the source only the two-digit number's twin tells it (fails without the rule)
    src = ["北京奥组委收入将达到205亿元，较预算增加8亿元；支出将达到193.43亿元，较预算略有增加；收支结余将超过10亿元。"
           "收入的主要构成包括国际奥委会开发的市场收入和电视转播权收入中按协议分配给主办城市的部分，此部分收入约占组委会收入总额的40%；"
           "北京奥组委根据主办城市合同，在国际奥委会授权下实施的市场开发收入98.7亿元，主要包括合作伙伴、赞助商、供应商等不同级别的赞助收入以及特许经营收入；"
           "门票、住宿、收费卡、利息、资产处置等其他收入19.6亿元，其中，门票收入12.8亿元，财产处置收入2.4亿元。"]
    r = check("其中国际奥委会分配的市场和转播收入约占收入总额的40个百分点，奥组委自主开发的市场营销收入98.7亿元。", src).results[0]
    assert (r.verdict, r.error) == ("contradicted", "percent_vs_points"), r.explanation


def test_names_listed_as_their_figures_keep_their_own_subjects():
    src = ["1-10月，长三角城市群拿地金额共计3261亿元，位列首位；珠三角和环渤海以1545亿元和1406亿元分列第三、第四位。"]
    r = {x.text: x for x in check("珠三角和环渤海分别为1545亿元和1406亿元。", src).results}
    assert r["1406亿元"].verdict == "supported", r["1406亿元"].explanation


def test_a_result_is_one_measure_however_its_owners_are_named():
    from factx.check import _OWNER_CUT

    for a, b in (("归属于股权持有人的净利润", "股东应占净利润"), ("归属于母公司股东的净利润", "净利润")):
        assert _OWNER_CUT.sub("", a) == _OWNER_CUT.sub("", b) == "净利润"
    assert _OWNER_CUT.sub("", "应占比例") == "应占比例"


def test_an_interim_report_names_the_half_year():
    r = check("美华中期净利约4.2亿元。", ["美华汽车公布中期业绩，上半年净利润为4.16亿元。2010年全年净利润为7.3亿元。"]).results[0]
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation
    fs = factx.extract("美华中期净利约4.2亿元。", doc="x")
    assert fs[0].period == "中期"


def test_a_bound_in_cheng_is_near_its_figure_within_one_cheng():
    r = check("制造业用电增超两成。", ["制造业电力消费同比增长23.9%。"]).results[0]
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation
    r = check("占比超两成。", ["占比31.9%。"]).results[0]
    assert r.verdict == "contradicted", r.explanation


def test_a_comparison_base_or_a_parts_period_past_a_semicolon_dates_no_figure():
    src = ["4月当月综合能源消费量53.20万吨，由去年同期下降5.0%转为增长21.5%，比一季度提高43.3个百分点，两年平均增长7.4%。"
           "1-4月，综合能源消费量187.41万吨，同比下降13.2%。"]
    r = check("1-4月，综合能源消费量187.41万吨，同比下降13.2%，两年平均增长7.4%。", src).results[-1]
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    src = ["上半年内需对GDP增长的贡献率为68.8%，其中最终消费支出贡献率为52%。"]
    r = check("上半年社零总额增长5%，其中二季度增长5.4%；最终消费支出对经济增长的贡献率为52%。", src).results[-1]
    assert r.verdict == "supported", r.explanation
    src = ["上半年营收105亿元；净利润9.38亿元。", "一季度营收50亿元，净利润3.1亿元。"]
    r = check("行业营业收入105亿元，而一季度营收增速为7%；净利润9.38亿元。", src).results[-1]
    assert r.verdict == "supported", r.explanation
    # (a clause that is a period alone sets the scene past the semicolon)
    src = ["值得一提的是，今年6月份，社零总额同比增长13.0%，当月增速创新高；限额以上单位商品零售额增长26.4%。"]
    r = check("上半年限额以上单位商品零售额增长26.4%。", src).results[-1]
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation


def test_one_figure_printed_twice_in_the_same_role_still_identifies_it():
    src = [open(Path(__file__).parent / "data/check_blind7/sources/s1_shenzhen_h1_2022.txt", encoding="utf-8").read()]
    r = _one(check("投资方面，固定资产投资增长14.7%，工业投资增长50.8%。", src), "50.8%")
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation


def test_a_distinctive_number_moved_beside_another_named_subject_is_not_its_twin():
    src = ["今年表现抢眼的医药股仍是基金布局的核心主线，长春高新、恒瑞医药、迈瑞医疗跻身前十大重仓股，分别有473只、600只、345只基金重仓持有。"]
    r = _one(check("医药股仍是基金布局的核心主线：长春高新有600只基金重仓持有，迈瑞医疗有345只基金重仓持有。", src), "600只")
    assert r.verdict not in ("supported", "supported_by_rounding"), r.explanation


def test_a_subject_neither_sentence_names_is_no_wrong_subject():
    src = ["全国房地产开发投资稳中有增\n1—10月份，房地产开发企业房屋施工面积942859万平方米，同比增长7.1%。其中，住宅施工面积667801万平方米，增长7.4%。"]
    draft = "全国房地产开发投资稳中有增\n1—10月份，房企房屋施工面积942859万平方米，同比增长7.1%，其中住宅施工面积667801万平方米，增长7.4%。"
    got = {x.text: x.verdict for x in check(draft, src).results}
    assert got["667801万平方米"] == "supported" and got["7.4%"] == "supported", got


def test_names_paired_with_figures_by_fenbie_are_kept_and_a_swap_is_caught():
    src = ["其中，甲城、乙城两个铁路局集团公司增幅较大，分别达24.5％和22.2％。"]
    res = check("其中，甲城、乙城两个铁路局集团公司增幅较大，分别达22.2％和24.5％。", src).results
    assert [r.verdict for r in res if r.text.endswith("％")] == ["contradicted", "contradicted"], [r.explanation for r in res]


def test_who_asked_where_is_no_name_before_a_figure():
    from factx.check import _leading_name

    assert _leading_name("记者从两省能源主管部门和电网企业了解到，") is None
    assert _leading_name("万柏林区已储备项目") == "万柏林区"


def test_the_same_bound_rounded_is_supported_by_rounding():
    r = check("净利润同比下降至少45.3%。", ["净利润同比下降至少45.29%。"]).results[0]
    assert r.verdict == "supported_by_rounding", r.explanation
    r = check("营收增长超过46%。", ["营收增长超过45.29%。"]).results[0]
    assert r.verdict == "contradicted", r.explanation


def test_a_distinctive_number_printed_once_at_another_scale_is_a_magnitude_slip():
    src = ["全年国内航线完成29934.3万人次，比上年增长17%（其中内地至港澳地区航线为1098.6万人次，增长14%）。"]
    r = _one(check("港澳线旅客1098.6亿人次。", src), "1098.6亿人次")
    assert (r.verdict, r.error) == ("contradicted", "magnitude"), r.explanation
    # the same number restated at its own value (万 for 亿) stays supported
    r = check("内地至港澳地区航线为1098.6万人次。", src).results[0]
    assert r.verdict == "supported", r.explanation


def test_a_bare_measure_moved_to_the_statement_of_another_product_is_caught():
    src = ["全年甲型扁钢营业收入同比上涨48.42%，毛利率为12.3%，同比提高3.52个百分点。全年乙型板簧营业收入同比增长30.71%，毛利率12.7%，同比提高2个百分点。"]
    res = {x.text: x for x in check("全年甲型扁钢营业收入同比上涨48.42%，毛利率为12.7%。", src).results}
    assert (res["12.7%"].verdict, res["12.7%"].error) == ("contradicted", "wrong_subject"), res["12.7%"].explanation
    # each product's own figure stays supported
    res = {x.text: x for x in check("全年乙型板簧营业收入同比增长30.71%，毛利率12.7%。", src).results}
    assert res["12.7%"].verdict == "supported", res["12.7%"].explanation


def test_a_clause_before_a_name_suffix_is_no_name():
    from types import SimpleNamespace

    from factx.check import _namelike

    def item(name, text):
        return SimpleNamespace(subject_raw=name, subject=name, places=frozenset(), doc=SimpleNamespace(text=text))

    assert not _namelike(item("提升也为公司", "产能提升也为公司带来26亿元收入。"))
    assert _namelike(item("梅花生物公司", "梅花生物公司回购股份。"))


def test_a_number_of_four_digits_printed_once_needs_no_shared_measure_word():
    r = check("今年前8个月，全省与欧盟的贸易额为4905.2亿元。", ["今年前8个月，全省对欧盟进出口4905.2亿元，增长15%。"]).results[0]
    assert r.verdict == "supported", r.explanation
    # a short number still needs the measure's words around it
    r = check("今年前8个月，全省与欧盟的贸易额为15亿元。", ["今年前8个月，全省对欧盟进出口15亿元，增长15%。"]).results[0]
    assert r.verdict == "unsupported", r.explanation


def test_a_figure_given_to_a_named_part_is_judged_against_that_parts_own_figure():
    src = ["初步核算，一季度，全区地区生产总值467.2亿元，下降6.8%。其中区本级实现地区生产总值407.1亿元，下降7.0%。"]
    r = _one(check("其中区本级实现地区生产总值407.1亿元，下降6.8%。", src), "6.8%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    r = _one(check("一季度，全区地区生产总值467.2亿元，下降6.8%。", src), "6.8%")
    assert r.verdict == "supported", r.explanation


def test_a_quarter_word_opening_a_clause_is_no_part_of_a_name():
    from factx.check import _leading_name

    assert _leading_name("当季全省进出口") is None
    assert _leading_name("本月万柏林区已储备项目") == "万柏林区"


def _check_set_case(folder: str, source: str, draft: str) -> tuple[str, str]:
    """(source text, draft text with its [[TEXT|VERDICT|CLASS]] marks removed) of a check set in tests/data."""
    import re

    data = Path(__file__).parent / "data" / folder
    src = (data / "sources" / source).read_text(encoding="utf-8")
    text = re.sub(r"\[\[([^|\]]+)\|[a-z_]+\|[a-z_]+\]\]", r"\1", (data / draft).read_text(encoding="utf-8"))
    return src, text


def test_among_figures_worded_alike_the_one_stating_the_drafts_value_supports_it():
    # (check_blind50: 新签合同额 of every kind of work, each worded alike; the summary names the kind
    # in a clause of its own)
    src, draft = _check_set_case("check_blind50", "s2_crcc_h1_2019_results.txt", "d2_crcc_h1_2019_summary.txt")
    r = _one(check(draft, [src]), "1,910.249亿元")
    assert r.verdict == "supported", r.explanation


def test_a_number_with_two_neighbouring_digits_swapped_is_transposed_however_it_is_worded():
    src = "万科海外业务2019年来自英国收入0.329亿港元，来自美国的收入为1.2亿港元。"
    draft = "万科在英国赚了0.239亿港元。"
    r = _one(check(draft, [src]), "0.239亿港元")
    assert (r.verdict, r.error) == ("contradicted", "transposed_digits"), r.explanation
    # other orders of the digits, or the point moved, are no such slip
    for d in ("万科在英国赚了0.923亿港元。", "万科在英国赚了3.29亿港元。"):
        r = check(d, [src]).results[0]
        assert r.error != "transposed_digits", (d, r.explanation)


def test_a_figure_moved_to_another_place_of_an_ordered_list_is_contradicted():
    src = "预计公司2025-2027年的归母净利润分别为38.26亿元、41.25亿元和44.43亿元。2013届本科毕业生和高职高专毕业生月收入分别为6667元和5312元。"
    draft = "预计公司2025-2027年的归母净利润分别为41.25亿元、38.26亿元和44.43亿元。2013届本科毕业生和高职高专毕业生月收入分别为5312元和6667元。"
    got = {r.text: (r.verdict, r.error) for r in check(draft, [src]).results}
    assert got["41.25亿元"] == ("contradicted", "wrong_period"), got
    assert got["5312元"] == ("contradicted", "wrong_subject"), got
    assert got["44.43亿元"][0] == "supported", got
    # one figure of the list put in another's place
    draft = "预计公司2025-2027年的归母净利润分别为41.25亿元、41.25亿元和44.43亿元。"
    got = [(r.text, r.verdict, r.error) for r in check(draft, [src]).results]
    assert got[0] == ("41.25亿元", "contradicted", "wrong_period") and got[1][1] == "supported", got
    # a rewrite listing the items in another order moves their figures with them
    draft = "2013届高职高专毕业生和本科毕业生月收入分别为5312元和6667元。"
    assert {r.verdict for r in check(draft, [src]).results} == {"supported"}


def test_a_breakdown_opening_on_qizhong_is_dated_by_the_sentence_before():
    src = "1至8月，河北省对沿线国家进出口674.9亿元。其中，出口549.2亿元，进口125.7亿元。2013年至今年8月，河北省对沿线国家进出口5504.6亿元。其中，出口4758亿元，进口746.6亿元。"
    draft = "2013年至今年8月，河北省对沿线国家进出口5504.6亿元。其中，出口4758亿元，进口125.7亿元。"
    got = {r.text: (r.verdict, r.error) for r in check(draft, [src]).results}
    assert got["125.7亿元"] == ("contradicted", "wrong_period"), got
    assert got["4758亿元"][0] == "supported", got


def test_a_figure_at_another_place_of_a_sentence_whose_other_figures_are_the_sources_is_contradicted():
    from factx import check

    src = (
        "10月，汽车产销分别完成255.2万辆和257.3万辆，环比分别增长0.9%和0.1%，同比分别增长11.0%和12.5%。"
        "其中，乘用车产销分别完成208.3万辆和211.0万辆，环比分别增长1.6%和0.8%，同比分别增长7.3%和9.2%。"
    )
    head = "10月，乘用车产销分别完成208.3万辆和211.0万辆，环比分别增长1.6%和0.8%，同比分别增长7.3%和"

    def last(draft):
        r = check(draft, [src]).results[-1]
        return r.verdict, r.error

    # 12.5% is stated, but for 汽车: at this place of the 乘用车 sentence the source has 9.2%
    assert last(head + "12.5%。") == ("contradicted", "wrong_subject")
    # a number no source states, at a place the source fills with another
    assert last(head + "19.2%。") == ("contradicted", "wrong_value")
    assert last(head + "9.2%。") == ("supported", None)
    # (a draft that joins figures of two sentences fixes no place: 其中 starts another part)
    r = check("10月，汽车产量255.2万辆，其中乘用车销量211.0万辆，环比增长0.8%。", [src]).results
    assert all(x.verdict == "supported" for x in r)


def test_a_draft_sentence_naming_the_sources_subject_is_not_given_to_a_carried_one():
    # (check_blind8: 国有锦绣旅游开发公司…地接228人 copied; the draft's 靖西县, named in an earlier
    # clause of the paragraph, is carried, the company is named in the figure's own sentence)
    src, draft = _check_set_case("check_blind8", "s1_jingxi_tourism_2015.txt", "d1_jingxi_edited.txt")
    got = {x.text: x.verdict for x in check(draft, [src]).results if x.text in ("228人", "138人", "236本")}
    assert got == dict.fromkeys(("228人", "138人", "236本"), "supported")


def test_a_subject_named_inside_the_other_figures_measure_is_no_other_subject():
    # (check_blind10: 31个大城市城镇调查失业率 copied; the source's 大城市城镇 is named in the draft
    # figure's own measure, whatever subject the draft carried to it)
    src, draft = _check_set_case("check_blind10", "s1_songzhe_china_economy_2016.txt", "d1_songzhe_summary.txt")
    r = _one(check(draft, [src]), "31个")
    assert r.verdict == "supported", r.explanation


def test_a_change_whose_ends_take_each_others_values_is_swapped():
    src = "4月份，规模以上电子信息制造业实现出口交货值同比下降6.1%（去年同期为增长10.8%）。"
    r = check("4月份，出口交货值增速由去年同期的增长6.1%转为下降10.8%。", [src]).results
    assert [(x.text, x.verdict, x.error) for x in r] == [
        ("6.1%", "contradicted", "before_after_swapped"), ("10.8%", "contradicted", "before_after_swapped"),
    ]
    r = check("4月份，出口交货值增速由去年同期的增长10.8%转为下降6.1%。", [src]).results
    assert all(x.verdict != "contradicted" for x in r)


def test_a_clause_copied_with_one_name_put_for_another_is_wrong_subject():
    src = "截至上午记者发稿时，安集科技涨幅超过400%，澜起科技、心脉医疗、中微公司涨幅超过200%。"
    draft = "安集科技、中微公司、澜起科技居竞价涨幅前三，中微公司发稿时涨幅超过400%，心脉医疗涨幅逾200%。"
    r = _one(check(draft, [src]), "400%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    r = _one(check("记者发稿时，安集科技涨幅超过400%。", [src]), "400%")
    assert r.verdict == "supported", r.explanation


def test_a_clause_copied_with_one_period_put_for_another_is_wrong_period():
    src = "快手二季度平均月活跃用户达到6.92亿，不过平均月活用户相比一季度的6.97亿略有下降。"
    r = _one(check("快手二季度平均月活跃用户达到6.92亿，不过平均月活用户相比去年同期的6.97亿略有下降。", [src]), "6.97亿")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    src = "我国每千人企业数量为34.28户，是2012年末的3.4倍；去年我国日均新设企业2.48万户，是2012年的3.6倍。"
    r = _one(check("我国每千人企业数量为34.28户，是2012年末的3.4倍；2012年我国日均新设企业2.48万户。", [src]), "2.48万户")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    # (a year told two ways, 去年 for 2023年, is one period when the source does not tell them apart)
    src = "统计局发布，去年全市GDP增长5.1%，居民收入增长6%。"
    r = _one(check("统计局发布，2023年全市GDP增长5.1%，居民收入增长6%。", [src]), "5.1%")
    assert r.verdict == "supported", r.explanation


def test_a_distinctive_number_restated_in_another_magnitude_word_is_the_same_figure():
    # (27859亿元 written as 2.7859万亿元 in a summary that words the measure otherwise)
    src = "1至7月，社会消费品零售总额累计超过10万亿元(100241亿元)，同比增长16.8%。7月份社会消费品零售总额14408亿元。"
    r = _one(check("据统计，1至7月累计达10.0241万亿元，同比增长16.8%。", [src]), "10.0241万亿元")
    assert r.verdict == "supported", r.explanation


def test_a_figure_moved_to_the_other_half_of_its_month_is_wrong_period():
    src = "在10月上半月，片区内房源的租赁价格环比仅增长0.5%。10月下半月，租赁成交量增长12%。"
    r = _one(check("10月下半月，片区内房源的租赁价格环比仅增长0.5%。", [src]), "0.5%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    # (the same half named alike is the same period)
    r = _one(check("10月上半月，片区内房源的租赁价格环比增长0.5%。", [src]), "0.5%")
    assert r.verdict == "supported", r.explanation


def test_quannian_is_the_whole_year_not_a_vague_word():
    src = "1至6月全省生猪出栏367万头，同比增长8%。预计全年生猪出栏量将增长10%。"
    r = _one(check("预计全年全省生猪出栏将达367万头。", [src]), "367万头")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    # (a year named by its number is the same whole year)
    src = "2023年全省生猪出栏700万头。"
    r = _one(check("全年全省生猪出栏700万头。", [src]), "700万头")
    assert r.verdict == "supported", r.explanation


def test_a_figure_moved_to_another_place_of_the_sentence_it_copies_is_contradicted():
    # (0.97 is the source's figure for girls of 13-15; the draft gives it to the boys, in a
    # sentence that otherwise copies the source's, place by place)
    src = "2019年男生身高分别增加0.52cm、1.26cm、1.69cm、0.95cm和0.81cm，女生身高分别增加0.72cm、1.24cm、0.97cm、0.80cm和0.62cm。"
    draft = "2019年男生身高分别增加0.52cm、1.26cm、0.97cm、0.95cm和0.81cm，女生身高分别增加0.72cm、1.24cm、0.97cm、0.80cm和0.62cm。"
    rep = check(draft, [src])
    moved = [r for r in rep.results if r.text == "0.97cm"]
    assert moved[0].verdict == "contradicted", moved[0].explanation
    assert moved[1].verdict == "supported", moved[1].explanation
    # (a list reordered with its names is no move: 广东(129.7万套) goes with its name)
    src = "配额较多的省市包括广东（129.7万套）、浙江（120万套）、江苏（50万套）、上海（47万套）、北京（40万套）。"
    draft = "配额较多的省市包括浙江（120万套）、广东（129.7万套）、江苏（50万套）、上海（47万套）、北京（40万套）。"
    assert _one(check(draft, [src]), "129.7万套").verdict == "supported"


def test_a_figure_ending_another_clause_run_of_the_sentence_it_copies_is_contradicted():
    # (48.2% is the share of 外资企业, in the run before the ;; the draft ends the 国有企业 run with
    # it, after that run's own two figures: the place is fixed from one side, though the words
    # before it copy the source's)
    src = "同期,外资企业进出口612.4亿元,同比下降4.1%,占全省外贸总值的48.2%;国有企业进出口201.7亿元,同比下降15.3%,占全省外贸总值的15.9%。"
    draft = "同期,外资企业进出口612.4亿元,同比下降4.1%,占全省外贸总值的约48%;国有企业进出口201.7亿元,同比下降15.3%,占全省外贸总值的48.2%。"
    r = _one(check(draft, [src]), "48.2%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    # (a figure moved inside its own run, before its neighbours, is a reordering)
    draft = "同期,外资企业进出口612.4亿元,同比下降4.1%,占全省外贸总值的48.2%;国有企业进出口同比下降15.3%,达201.7亿元,占全省外贸总值的15.9%。"
    assert _one(check(draft, [src]), "15.3%").verdict == "supported"


def test_a_range_given_to_another_subject_is_contradicted_at_both_ends():
    # (the draft gives 甲品牌 the range of 乙品牌; the end whose words are copied must not pass)
    src = "今年上半年甲品牌的零售金额同比增长25%-30%，乙品牌产品的零售金额同比增长60%-65%。"
    draft = "今年上半年甲品牌零售金额同比增长60%-65%。"
    rs = check(draft, [src]).results
    assert [(r.text, r.verdict, r.error) for r in rs] == [("60%", "contradicted", "wrong_subject"), ("65%", "contradicted", "wrong_subject")], [
        r.explanation for r in rs
    ]
    # (a slip in one printed end leaves the other end as stated)
    rs = check("今年上半年甲品牌的零售金额同比增长25%-33%。", [src]).results
    assert (rs[0].verdict, rs[1].verdict) == ("supported", "contradicted"), [r.explanation for r in rs]


def test_a_figure_dated_to_a_year_the_source_gives_another_figure_for_is_wrong_period():
    # (12,988 is the report's own year's price; the source states 2017's in brackets, and a
    # bracketed aside's year dates nothing after it)
    src = (
        "2018年万科经营稳健。报告期内，公司市场份额上升至4.05%（2017年占有率为3.96%）；"
        "房地产业务的结算均价为12,988元/平方米（2017年为11,765元/平方米）。"
    )
    r = _one(check("2017年，万科房地产业务的结算均价为12,988元/平方米。", [src]), "12,988元/平方米")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("2017年，万科房地产业务的结算均价为11,765元/平方米。", [src]), "11,765元/平方米").verdict == "supported"
    assert _one(check("万科房地产业务的结算均价为12,988元/平方米。", [src]), "12,988元/平方米").verdict == "supported"


def test_a_figure_dated_to_months_the_source_gives_another_figure_for_is_wrong_period():
    # (the month's 0.8% names no time in its sentence, its month told by a speaker before; 1—8月
    # is named for 0.6%)
    src = "消费价格方面，商务部新闻发言人介绍，8月份，消费价格总体平稳。全国居民消费价格（CPI）同比上涨0.8%，环比上涨0.1%。1—8月，CPI同比上涨0.6%。"
    rs = [r for r in check(src.replace("0.6%", "0.8%"), [src]).results if r.text == "0.8%"]
    assert [(r.verdict, r.error) for r in rs] == [("supported", None), ("contradicted", "wrong_period")], [r.explanation for r in rs]
    assert _one(check("1—8月，全国CPI同比上涨0.6%。", [src]), "0.6%").verdict == "supported"
    assert _one(check("全国居民消费价格（CPI）同比上涨0.8%。", [src]), "0.8%").verdict == "supported"


def test_a_period_carried_from_before_is_not_taken_for_one_named_after_the_figure():
    # (7月 dates 15.2% from the headline; that a later sentence names 7月 again does not undo it)
    src = (
        "现代起亚7月销8.4万辆\n现代起亚汽车7月在全球范围内共售出53.02万辆，同比增长10.9%。\n"
        "全球市场上，起亚汽车销量达到20.66万辆，同比增长15.2%。\n在中国市场，北京现代7月销量达52016辆。"
    )
    r = _one(check("上半年，起亚汽车销量增长15.2%。", [src]), "15.2%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("7月，起亚汽车销量增长15.2%。", [src]), "15.2%").verdict == "supported"


def test_levels_at_the_start_of_the_year_and_now_swapped_are_before_after_swapped():
    src = "据东兴证券3月21日数据显示，棕榈油年初报价8700元，近期价格已徘徊在10600元附近。"
    rs = {r.text: r for r in check("东兴证券数据显示，棕榈油价格从年初的10600元涨至近期的8700元附近。", [src]).results}
    assert (rs["10600元"].verdict, rs["10600元"].error) == ("contradicted", "before_after_swapped"), rs["10600元"].explanation
    assert rs["8700元"].verdict == "contradicted"
    ok = {r.text: r.verdict for r in check("东兴证券数据显示，棕榈油价格从年初的8700元涨至近期的10600元附近。", [src]).results}
    assert ok == {"8700元": "supported", "10600元": "supported"}


def test_a_figure_the_source_gives_to_the_drafts_own_subject_is_no_other_subjects():
    # (北京上涨0.3%: the source's 0.3% for 北京 is worded apart from the draft's measure, and the best
    # fit, 房价最大跌幅为1%, names no one; 0.3% is not "another subject's")
    src, draft = _check_set_case("check_blind9", "s3_70city_house_prices_nov2021.txt", "d3_house_prices_summary.txt")
    rs = [r for r in check(draft, [src]).results if r.text == "0.3%"]
    assert all(r.error != "wrong_subject" for r in rs), [r.explanation for r in rs]


def test_a_level_reached_keeps_its_direction_beside_another_measures_change():
    # (check_blind18: the summary groups 出岛85万头，同比增长一成多 and the daily range in one claim)
    src, draft = _check_set_case("check_blind18", "s3_hainan_hog_supply_2011.txt", "d3_hainan_hog_summary.txt")
    rs = [r for r in check(draft, [src]).results if r.text in ("1000", "3000头")]
    assert [(r.verdict, r.error) for r in rs] == [("contradicted", "direction_flipped")] * 2, [r.explanation for r in rs]


def test_a_rise_rate_for_a_fall_rate_is_direction_flipped():
    src = "截至三季度末，基金总份额为23047.08亿份，比二季度末减少了716.42亿份，降幅为3.11%。"
    r = _one(check("截至三季度末，基金总份额为23047.08亿份，比二季度末减少了716.42亿份，增幅为3.11%。", [src]), "3.11%")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped"), r.explanation


def test_among_equally_fitting_figures_the_one_a_digit_away_is_the_one_misprinted():
    src, draft = _check_set_case("check_blind53", "s3_yantai_vehicles_2014.txt", "d3_yantai_vehicles_summary.txt")
    r = _one(check(draft, [src]), "1992232人")
    assert (r.verdict, r.error) == ("contradicted", "wrong_value"), r.explanation
    assert "1999232" in r.explanation


def test_a_bound_in_percent_does_not_state_a_change_in_times():
    src = "英科医疗半年报业绩预计净利润在19亿元至21亿元，同比增幅高达25倍以上。"
    r = _one(check("英科医疗半年报业绩预计净利润同比增幅高达25%以上。", [src]), "25%")
    assert r.verdict not in ("supported", "supported_by_rounding"), r.explanation


def test_a_round_bound_on_the_wrong_side_of_the_sources_figure_is_qualifier_changed():
    # (不到50% against 50.8%, 超过2600万人次 against 2566.9万人次: the round number with its
    # qualifier turned; a bound on the right side passes)
    src = "民营企业进出口占比50.8%。1月民航旅客运输量2566.9万人次。"
    for draft, fig in (("民营企业进出口占比不到50%。", "50%"), ("1月民航旅客运输量超过2600万人次。", "2600万人次")):
        r = _one(check(draft, [src]), fig)
        assert (r.verdict, r.error) == ("contradicted", "qualifier_changed"), r.explanation
    for draft, fig in (("民营企业进出口占比超过50%。", "50%"), ("1月民航旅客运输量近2600万人次。", "2600万人次")):
        assert _one(check(draft, [src]), fig).verdict in ("supported", "supported_by_rounding")


def test_a_change_stated_in_points_for_the_sources_percent_is_percent_vs_points():
    src = "在181亿元的游戏业务收入中，手游为99亿元，同比增长87%；端游收入同比增长仅有10%，而且增速放缓。"
    r = _one(check("在181亿元的游戏收入中，手游约100亿元，同比增长87%，端游仅增长10个百分点。", [src]), "10个百分点")
    assert (r.verdict, r.error) == ("contradicted", "percent_vs_points"), r.explanation
    # (a change no source states in either unit stays unsupported)
    r = _one(check("端游仅增长12个百分点。", [src]), "12个百分点")
    assert r.verdict == "unsupported", r.explanation


def test_a_slip_of_the_one_source_figure_with_that_number_needs_no_subject():
    # (no one is named beside either figure: the measure named alike picks the twin)
    # (check_blind35: 当下Facebook有约20％的员工 summarised as 超过20％的员工)
    src, draft = _check_set_case("check_blind35", "s2_goertek_q3_2021_results.txt", "d2_goertek_q3_2021_summary.txt")
    r = _one(check(draft, [src]), "20％")
    assert (r.verdict, r.error) == ("contradicted", "qualifier_changed"), r.explanation


def test_a_best_fit_stating_the_drafts_value_is_no_wrong_value():
    # (check_blind14: 香港收入为1.2亿港元 against 其中来自香港收入为1.2亿港元, while 收入 alone names
    # the company's whole revenue of 2.51亿港元 more exactly)
    src, draft = _check_set_case("check_blind14", "s2_vanke_overseas_2019_results.txt", "d2_vanke_overseas_summary.txt")
    r = _one(check(draft, [src]), "1.2亿港元")
    assert r.verdict == "supported", r.explanation


def test_a_number_the_source_pairs_with_another_owner_is_wrong_subject():
    # (the source lists both banks and pairs each with its figure; the draft gives the first
    # bank's 383.39亿元 to the second, which has its own 179.82亿元)
    src = "今年前三季度，平安银行、华夏银行的营收分别为1006.68亿元、648.81亿元，分别同比下滑9.8%、8.79%；归母净利润分别为383.39亿元、179.82亿元。"
    draft = "平安银行营收1006.68亿元，同比下滑9.8%；华夏银行营收648.81亿元，归母净利润383.39亿元。"
    r = _one(check(draft, [src]), "383.39亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    r = _one(check("平安银行营收1006.68亿元，归母净利润383.39亿元。", [src]), "383.39亿元")
    assert r.verdict == "supported", r.explanation


def test_an_open_bound_is_no_figure_moved_to_another_subject():
    # (check_blind13: 涨幅在50%以上 holds the invented 52.3% but states no figure of its own)
    src, draft = _check_set_case("check_blind13", "s2_fund_bull_bear_2009.txt", "d2_fund_bull_bear_edited.txt")
    r = _one(check(draft, [src]), "52.3%")
    assert r.verdict == "unsupported", r.explanation


def test_a_figure_moved_to_last_year_is_wrong_period():
    # (今年 and 去年 name years relative to the same now; 去年同期 dating a change's start does
    # not date its end)
    src = "今年中南地区水泥均价达到422元/吨，居全国第二。郑州水泥价格由去年同期的273元/吨跳升至384元/吨。"
    draft = "中南地区去年水泥均价为422元/吨。郑州水泥价格由去年同期的273元/吨跳升至384元/吨。"
    rep = check(draft, [src])
    r = _one(rep, "422元/吨")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(rep, "384元/吨").verdict == "supported", _one(rep, "384元/吨").explanation


def test_a_slip_of_the_one_figure_naming_the_measure_stands_though_its_owner_clashes():
    # (check_blind43: 超2200名客户 summarised as 近2200名; the draft's subject clashes with the
    # source's only because each side read another name around the figure)
    src, draft = _check_set_case("check_blind43", "s2_tianrun_cloud_ipo_2021.txt", "d2_tianrun_cloud_summary.txt")
    r = _one(check(draft, [src]), "2200名")
    assert (r.verdict, r.error) == ("contradicted", "qualifier_changed"), r.explanation


def test_a_parts_figure_given_to_the_whole_is_wrong_subject():
    # (其中 opens the part: a draft naming only the measure speaks of the whole)
    src = "1—10月份，房屋竣工面积57290万平方米，增长16.3%；其中，住宅竣工面积41415万平方米，增长16.9%。"
    r = _one(check("1—10月份，竣工面积增长16.9%。", [src]), "16.9%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    r = _one(check("1—10月份，竣工面积增长16.3%，住宅竣工面积增长16.9%。", [src]), "16.9%")
    assert r.verdict == "supported", r.explanation


def test_a_profit_restated_as_a_loss_is_direction_flipped():
    src = "经营利润为2130万美元，去年同期为经营亏损250万美元。"
    r = _one(check("经营利润为2130万美元，去年同期为经营盈利250万美元。", [src]), "250万美元")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped"), r.explanation
    assert _one(check("去年同期经营亏损250万美元。", [src]), "250万美元").verdict == "supported"


def test_a_change_naming_the_measure_does_not_block_the_lone_twin_of_a_level():
    # (check_blind33: 102.3万个 printed once in the sources; a growth rate of the same
    # measure names it better but is no level)
    src, draft = _check_set_case("check_blind33", "s2_health_insurance_1949_2020.txt", "d2_health_insurance_summary.txt")
    assert _one(check(draft, [src]), "102.3万个").verdict == "supported"


def test_a_clause_read_as_a_name_raises_no_clash():
    # (经省市核定 opens a clause: 经省市 is nobody the figure could be moved from)
    src = "2020年1-6月岳阳县经济运行的主要特点\n经省市核定,2020年1-6月全县实现地区生产总值161.41亿元,同比增长0.8%,其中第一产业增加值23.14亿元。\n"
    draft = "岳阳县上半年地区生产总值161.41亿元，同比增长0.8%，其中第一产业增加值23.14亿元。"
    rep = check(draft, [src])
    for fig in ("161.41亿元", "0.8%", "23.14亿元"):
        assert _one(rep, fig).verdict == "supported", _one(rep, fig).explanation


def test_a_share_of_the_same_part_supports_it_however_the_whole_is_worded():
    src = "全市天然气消费6.18亿立方米，同比增长23.4%，其中，供热用天然气4.77亿立方米，占天然气消费的77.3%。"
    rep = check("天然气消费6.18亿立方米，其中供热用天然气4.77亿立方米，占近八成。", [src])
    assert _one(rep, "八成").verdict in ("supported", "supported_by_rounding"), _one(rep, "八成").explanation
    # (a share the source's figure does not hold stays unsupported)
    rep = check("天然气消费6.18亿立方米，其中供热用天然气4.77亿立方米，占近六成。", [src])
    assert _one(rep, "六成").verdict != "supported"


def test_one_digit_of_the_best_candidate_changed_is_a_wrong_value_however_loose_the_wording():
    # (check_blind34: 图书阅读率 86.6% summarised as 88.6%, in a sentence wording it loosely)
    src, draft = _check_set_case("check_blind34", "s3_national_reading_survey_2024.txt", "d3_reading_survey_summary.txt")
    r = _one(check(draft, [src]), "88.6%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_value"), r.explanation
    # (a number no digit-slip away from any source figure stays unsupported)
    assert _one(check("成年国民图书阅读率为75.2%。", [src]), "75.2%").verdict != "contradicted"


def test_a_change_run_between_the_sources_levels_the_other_way_is_before_after_swapped():
    src = "新疆供给连连告急，去年同期已在高位500元/吨，今年再度摸高冲破600元/吨。"
    rep = check("新疆供给告急，价格从去年同期的600元/吨升至今年的500元/吨。", [src])
    for fig in ("600元/吨", "500元/吨"):
        r = _one(rep, fig)
        assert (r.verdict, r.error) == ("contradicted", "before_after_swapped"), r.explanation
    rep = check("新疆供给告急，价格从去年同期的500元/吨升至今年的600元/吨。", [src])
    for fig in ("600元/吨", "500元/吨"):
        assert _one(rep, fig).verdict != "contradicted", _one(rep, fig).explanation


def test_a_number_printed_once_in_another_unit_is_a_unit_slip():
    # (one area in 亩 for the source's 平方米: both canonical m2, at no power of ten apart)
    src = "前10个月，碧桂园拿地面积4028万平方米，占据榜单首位。"
    r = _one(check("前10个月，碧桂园拿地面积4028万亩，占据榜单首位。", [src]), "4028万亩")
    assert (r.verdict, r.error) == ("contradicted", "wrong_unit"), r.explanation
    # (a short number needs every measure word of the draft around it, and then one printing)
    # (check_blind29: 水产品产量增长4.7% summarised as 4.7万吨, among other figures printing 4.7)
    src, draft = _check_set_case("check_blind29", "s1_wenling_h1_2023_economy.txt", "d1_wenling_h1_2023_summary.txt")
    r = _one(check(draft, [src]), "4.7万吨")
    assert (r.verdict, r.error) == ("contradicted", "wrong_unit"), r.explanation


def test_a_flip_of_the_one_equal_twin_named_loosely_is_contradicted():
    # (check_blind34: 较上年增加2.24分钟 summarised as 比上年减少2.24分钟, the measure reworded)
    src, draft = _check_set_case("check_blind34", "s3_national_reading_survey_2024.txt", "d3_reading_survey_summary.txt")
    r = _one(check(draft, [src]), "2.24分钟")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped"), r.explanation


def test_a_lone_twin_is_kept_against_figures_naming_the_measure_hardly_better():
    # (check_blind6: 江苏以2.7859万亿元紧随其后 names no measure; the source's 江苏为27859亿元 is
    # the one figure printing it, and figures naming 万亿 or 省份多 name it no better)
    src, draft = _check_set_case("check_blind6", "s3_provinces_q1_2022_gdp.txt", "d3_provinces_gdp_summary.txt")
    r = _one(check(draft, [src]), "2.7859万亿元")
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation


def test_a_one_digit_lone_twin_needs_every_measure_word_of_the_draft():
    # (check_blind9: 二手住宅价格上涨城市数量9个, restated with the same measure words)
    src, draft = _check_set_case("check_blind9", "s3_70city_house_prices_nov2021.txt", "d3_house_prices_summary.txt")
    assert _one(check(draft, [src]), "9个").verdict == "supported"
    # (a one-digit number among other words identifies nothing)
    assert _one(check("全市新开工项目9个。", [src]), "9个").verdict == "unsupported"


def test_a_bracketed_percentage_after_a_measure_may_be_its_growth():
    # (一般公共预算收入(13.5%)完成年初预算的53.7%: the bracket gives the growth the draft states)
    src = "其中,地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点,一般公共预算收入(13.5%)完成年初预算的53.7%。"
    r = _one(check("一般公共预算收入增长13.5%,完成年初预算的53.7%。", [src]), "13.5%")
    assert r.verdict == "supported", r.explanation


def test_a_lone_twin_of_the_same_named_subject_needs_no_measure_words():
    # (check_blind6: 民营企业…占53.5% restated as 仍占全省外贸的53.5%)
    src, draft = _check_set_case("check_blind6", "s1_jiangsu_trade_jan_aug_2021.txt", "d1_jiangsu_trade_summary.txt")
    assert _one(check(draft, [src]), "53.5%").verdict == "supported"


def test_the_one_source_figure_a_draft_number_rounds_supports_it():
    # (check_blind26: 贵州茅台上周五收于206.3元 for the source's 206.28元; not a bound: 超过50%
    # is rounded by nothing)
    src, draft = _check_set_case("check_blind26", "s3_moutai_fund_holdings_2011.txt", "d3_moutai_funds_summary.txt")
    assert _one(check(draft, [src]), "206.3元").verdict == "supported_by_rounding"


def test_the_whole_country_names_no_rival_to_a_body_in_it():
    # (check_blind42: the draft gives 全国 what the source gives 民航机场, both speaking of the
    # same national figure)
    src, draft = _check_set_case("check_blind42", "s1_caac_airports_2006.txt", "d1_caac_airports_2006_summary.txt")
    assert _one(check(draft, [src]), "753.2万吨").verdict == "supported"


def test_a_calendar_year_and_a_relative_year_are_not_ordered_against_each_other():
    # (2019年 and 去年 name years on different scales: nothing says which level came first,
    # so the change is not called swapped)
    rep = check("价格从2019年的500元/吨升至去年的600元/吨。", ["去年价格为600元/吨，2019年为500元/吨。"])
    assert [r.verdict for r in rep.results] == ["supported", "supported"], [r.explanation for r in rep.results]


def test_a_change_measured_against_another_base_is_wrong_period():
    # (较1-2月提升 is not 较去年同期提升; 比3月 in an April figure is 比上月, and 同比 drops nothing)
    src = "一季度，全省社会消费品零售总额4084.33亿元，增长11.0%，较1-2月提升0.3个百分点。4月份，工业增加值增长6.5%，增速比上月回落1.1个百分点。"
    r = _one(check("一季度，全省社会消费品零售总额增长11.0%，较去年同期提升0.3个百分点。", [src]), "0.3个百分点")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    r = _one(check("一季度，全省社会消费品零售总额增长11.0%，较1-2月份提升0.3个百分点。", [src]), "0.3个百分点")
    assert r.verdict == "supported", r.explanation
    r = _one(check("4月份，工业增加值增长6.5%，增速比3月回落1.1个百分点。", [src]), "1.1个百分点")
    assert r.verdict == "supported", r.explanation


def test_a_figure_of_a_listed_year_given_to_another_year_is_wrong_period():
    # (2018年至2020年…分别为: each figure has its own year)
    src = "2018年至2020年，五芳斋营收分别为24.23亿元、25.07亿元、24.21亿元。"
    r = _one(check("五芳斋2020年营收25.07亿元。", [src]), "25.07亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    r = _one(check("五芳斋2019年营收25.07亿元。", [src]), "25.07亿元")
    assert r.verdict == "supported", r.explanation


def test_one_measures_change_given_to_a_measure_normalised_alike_is_wrong_subject():
    # (归母净利润 and 扣非净利润 both read as 净利润; as printed they are two measures)
    src = "歌尔股份三季度归母净利润16.01亿元，同比上升29.61％；扣非净利润16.09亿元，同比上升29.12％。"
    draft = "歌尔股份三季度归母净利润16.01亿元，同比上升29.61％；扣非净利润16.09亿元，同比上升29.61％。"
    rep = check(draft, [src])
    assert rep.results[1].verdict == "supported", rep.results[1].explanation
    r = rep.results[3]
    assert (r.text, r.verdict, r.error) == ("29.61％", "contradicted", "wrong_subject"), r.explanation


def test_a_level_dated_as_the_other_end_of_its_change_is_wrong_period():
    src = "相比之下，绝味食品门店总数从2023年底的15950家滑落至今年4月的12129家。"
    r = _one(check("截至2023年底，绝味食品门店总数为12129家。", [src]), "12129家")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    r = _one(check("截至2023年底，绝味食品门店总数为15950家。", [src]), "15950家")
    assert r.verdict == "supported", r.explanation


def test_a_figure_moved_to_the_same_time_last_year_is_wrong_period():
    # (上年同期 as the figure's own period; not 与上年同期持平 or 比上年同期, bases)
    src = "2020年上半年，家纺上市公司业绩分化。其中，梦百合位居6家上市公司之首，营业收入达到24.2亿元。"
    r = _one(check("其中，梦百合位居6家上市公司之首，上年同期营业收入达到24.2亿元。", [src]), "24.2亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    r = _one(check("梦百合营业收入与上年同期相比有所增长，达到24.2亿元。", [src]), "24.2亿元")
    assert r.verdict == "supported", r.explanation


def test_a_figure_moved_to_another_span_of_years_is_wrong_period():
    src = "湖北省未来10年将投资1189亿元用于水利建设。"
    r = _one(check("湖北省未来5年将投资1189亿元用于水利建设。", [src]), "1189亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("湖北省今后十年将投资1189亿元用于水利建设。", [src]), "1189亿元").verdict == "supported"


def test_a_listed_owners_figure_given_to_another_item_of_the_list_is_wrong_subject():
    # (the owner a 分别 list pairs with a figure is named in its sentence, not carried: the
    # draft's 川大智胜, elsewhere in the line, does not clear the clash)
    src = "银河电子、川大智胜和立讯精密分别盈利4384.24万元、1198.36万元和9941.22万元，同比增长分别为18.10%、126.01%和96.36%。"
    draft = "银河电子盈利4384.24万元，同比增长18.10%；川大智胜盈利1198.36万元，同比增长18.10%。"
    rep = check(draft, [src])
    assert [r.verdict for r in rep.results if r.text == "18.10%"] == ["supported", "contradicted"], rep.results


def test_the_figure_given_to_the_drafts_own_subject_beats_a_closer_worded_unowned_one():
    # (check_blind22: 销量…同比下降4.7% against 中国汽车工业协会's 汽车销量…下降4.7%, though a
    # 销量 the extractor gave to no name (交叉型乘用车好于总体水平) words it closer)
    src, draft = _check_set_case("check_blind22", "s3_china_auto_sales_oct_2020.txt", "d3_china_auto_sales_edited.txt")
    r = _one(check(draft, [src]), "4.7%")
    assert r.verdict == "supported", r.explanation


def test_a_figure_for_the_whole_year_right_before_it_is_dated_by_it():
    # (今年1—11月…，提前完成全年160亿美元的目标: the target is the year's, not the eleven months')
    src = "今年1—11月，全省外贸总额183.19亿美元。其中出口92.24亿美元，提前完成全年外贸进出口总值160亿美元的目标。"
    r = _one(check("今年1—11月，陕西省外贸总额183.19亿美元，提前完成全年160亿美元的目标。", [src]), "160亿美元")
    assert r.verdict == "supported", r.explanation


def test_a_share_worded_as_zhanbi_bizhong_or_bili_is_one_measure():
    # (女生比例高达70% summarised as 女生…占比达七成)
    src = "2017年湖南师范大学本科新生共有5699人,其中男生1694人,女生4005人,女生比例高达70%。"
    r = _one(check("湖南师范大学今年本科新生约5700人,其中女生4005人,占比达七成,男生1694人。", [src]), "七成")
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation


def test_the_hong_kong_wording_of_profit_is_net_profit():
    # (check_blind53: Hong Kong reports say 溢利 for profit; 溢利…0.98亿元 restated as 净利润约0.98亿元)
    src, draft = _check_set_case("check_blind53", "s2_braised_snacks_2024_results.txt", "d2_braised_snacks_2024_edited.txt")
    r = _one(check(draft, [src]), "0.98亿元")
    assert r.verdict == "supported", r.explanation


def test_a_four_digit_number_printed_once_for_the_drafts_own_subject_stands():
    # (check_blind23: 其他业务收入…49.64亿元 against 其他业务's 49.64亿元, to which the extractor
    # gave no measure; a 收入 of no named subject does not block it)
    src, draft = _check_set_case("check_blind23", "s2_tencent_q3_2016_results.txt", "d2_tencent_q3_summary.txt")
    r = _one(check(draft, [src]), "49.64亿元")
    assert r.verdict == "supported", r.explanation


def test_a_time_phrase_at_the_front_of_a_subject_names_no_one():
    # (check_blind21: 五年间全省新增发电装机3100万千瓦 against 广东省…新增发电装机容量3100万千瓦)
    src, draft = _check_set_case("check_blind21", "s1_guangdong_energy_11th_fyp.txt", "d1_guangdong_energy_summary.txt")
    r = _one(check(draft, [src]), "3100万千瓦")
    assert r.verdict == "supported", r.explanation


def test_a_figure_printed_twice_in_a_list_is_placed_by_its_own_position():
    # (…第一产业…增长2.5%…第三产业…增长2.5% in the draft against the source's 5.5% for 第三产业: the
    # second 2.5% follows 第三产业, not the first one's 第一产业, so it is given to the wrong subject)
    src = "全区营业收入中,东部片区营业收入120亿元,增长6.1%,中部片区营业收入80亿元,增长3.2%,西部片区营业收入65亿元,增长4.4%。"
    draft = "全区营业收入中,东部片区营业收入120亿元,增长6.1%,中部片区营业收入80亿元,增长3.2%,西部片区营业收入65亿元,增长6.1%。"
    rep = check(draft, [src])
    first, second = [r for r in rep.results if r.text == "6.1%"]
    assert first.verdict == "supported", first.explanation
    assert (second.verdict, second.error) == ("contradicted", "wrong_subject"), second.explanation


def test_a_lone_twin_yields_to_a_figure_worded_as_the_draft():
    # (the draft's 国内航线 figure carries the number the source gives 国际航线; the source's own
    # 国内航线货运量 figure, worded exactly as the draft, grew by another rate)
    src = "1月，国内航线货运量35.2万吨，同比增长6.4%，国际航线货运量12.7万吨，同比增长18.3%。"
    r = _one(check("1月，国内航线货运量35.2万吨，同比增长18.3%。", [src]), "18.3%")
    assert r.verdict == "contradicted", r.explanation
    # (a bound names no value: 逾18% is not moved from anywhere)
    r = _one(check("1月，国际航线货运量同比增长逾18%。", [src]), "18%")
    assert r.verdict != "contradicted", r.explanation


def test_units_sold_is_a_sales_count_wherever_they_were_sold():
    # (共售出 names the 销量; 在全球范围内 only says where: the draft's 全球销量 is that figure,
    # not the 销量 of the other makers named after it)
    src = (
        "韩国现代汽车公司发布7月份销量数据，现代汽车7月在全球范围内共售出35.07万辆，同比增长8.1%。"
        "在中国市场，北京现代7月销量达5.2万辆，东风悦达起亚7月销量为3.2万辆。"
    )
    r = _one(check("现代汽车7月全球销量约35万辆。", [src]), "35万辆")
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation


def test_a_segment_named_in_the_drafts_measure_is_no_rival_of_the_firm():
    # (check_blind23: 在181亿元的游戏收入中 for 腾讯, where the source gives 181亿元 to 游戏业务: the
    # draft names the segment in its measure)
    src, draft = _check_set_case("check_blind23", "s2_tencent_q3_2016_results.txt", "d2_tencent_q3_summary.txt")
    assert _one(check(draft, [src]), "181亿元").verdict == "supported"


def test_a_broader_measure_of_another_named_owner_does_not_support_a_part():
    # (check_blind36: the draft gives 专业剧场、小剧场以及新空间演出场次 the 26.37% the source gives
    # 全国大中型旅游演艺项目's 演出场次; that broader name belongs to an owner the draft never names)
    src, draft = _check_set_case("check_blind36", "s3_performance_market_h1_2024.txt", "d3_performance_market_edited.txt")
    assert _one(check(draft, [src]), "26.37%").verdict == "contradicted"


def test_a_measure_word_taken_for_a_subject_is_no_rival_name():
    # (check_blind12: the draft's 30天 got 研发投入 as its subject; a measure is no name, so it
    # cannot clash with the source's 京东; a trade's name, 新能源行业, still is one)
    src, draft = _check_set_case("check_blind12", "s3_jd_q2_2024_results.txt", "d3_jd_summary.txt")
    assert _one(check(draft, [src]), "30天").verdict == "supported"


def test_a_clause_ending_in_a_firm_word_is_no_rival_name():
    # (check_blind48: the draft's 100% got 公司出售全资子公司 as its subject; a name holding a verb
    # of a deal, 出售/收购/转让, is a clause, not a firm that rivals the source's 中国远洋)
    src, draft = _check_set_case("check_blind48", "s2_cosco_2012_annual_q1_2013.txt", "d2_cosco_2012_summary.txt")
    assert _one(check(draft, [src]), "100%").verdict == "supported"
    # (check_blind36: the verb alone, 收购, taken for the subject of 首位)
    src, draft = _check_set_case("check_blind36", "s2_countrygarden_fuli_property_deal_2021.txt", "d2_fuli_property_deal_summary.txt")
    assert _one(check(draft, [src]), "首位").verdict == "supported"


def test_a_broader_name_listed_beside_the_exact_one_is_another_item():
    # 汽车 and 新能源汽车 are two items of one list: the draft's 新能源汽车 growth is the source's
    # 20.0%, not the 26.6% of the broader 汽车
    src = "5月份，全省汽车10.97万辆，同比增长26.6%；新能源汽车5.42万辆，同比增长20.0%。"
    r = _one(check("5月份，全省新能源汽车5.42万辆，同比增长26.6%。", [src]), "26.6%")
    assert r.verdict == "contradicted", r.explanation
    # the broader name alone, with no exact namer beside it, still supports the narrower wording
    src = "5月份，全省汽车10.97万辆，同比增长26.6%。"
    assert _one(check("5月份，全省汽车产量10.97万辆，同比增长26.6%。", [src]), "26.6%").verdict == "supported"
    # (7项主要经济指标中，3项指标…: a container with its subset is no list of items)
    src = "今年上半年全市7项主要经济指标中，3项指标实现“双过半”。"
    assert _one(check("今年上半年全市主要经济指标中，有3项实现“双过半”。", [src]), "3项").verdict == "supported"


def test_a_code_in_brackets_does_not_cut_the_name_from_its_measure():
    # 狭义货币(M1)余额…增长: the bracketed code is part of the name; the clause before the change
    # keeps 狭义货币, so M0's 12.5% is not read as M1's
    src = (
        "2月末，广义货币(M2)余额299.56万亿元，同比增长8.7%。狭义货币(M1)余额66.59万亿元，同比增长1.2%。"
        "流通中货币(M0)余额12.1万亿元，同比增长12.5%。"
    )
    draft = "2月末，狭义货币(M1)余额66.59万亿元，同比增长12.5%。"
    r = _one(check(draft, [src]), "12.5%")
    assert r.verdict == "contradicted", r.explanation


def test_the_economy_growing_is_gdp_growing():
    # 经济增长6.3% says what 地区生产总值…增长6.3% says; 经济 names GDP only as the whole measure
    src = "前三季度，全市实现地区生产总值744.94亿元，同比增长6.3%；数字经济核心产业增加值增长9.1%。"
    assert _one(check("前三季度经济增长6.3%。", [src]), "6.3%").verdict == "supported"
    assert _one(check("前三季度各季度经济增长6.3%。", [src]), "6.3%").verdict == "supported"
    assert _one(check("前三季度数字经济规模增长6.3%。", [src]), "6.3%").verdict != "supported"


def test_a_whole_year_is_not_its_first_half():
    # 2010年全年 names the twelve months; the source's 1.95万吨 is for 2010年1~6月 only
    src = "公司钛白粉消耗量2009年度为3.00万吨，2010年1~6月为1.95万吨。"
    r = _one(check("公司钛白粉消耗量2010年全年为1.95万吨。", [src]), "1.95万吨")
    assert r.verdict == "contradicted" and r.error == "wrong_period", r.explanation
    assert _one(check("公司钛白粉消耗量2010年1~6月为1.95万吨。", [src]), "1.95万吨").verdict == "supported"


def test_the_start_of_a_change_given_as_the_level_reached_is_a_swap():
    src = "从2015年申办成功到2019年雪季，崇礼游客数量从127.2万人次增长到442万人次。"
    r = _one(check("到2019年雪季，崇礼游客数量达到127.2万人次。", [src]), "127.2万人次")
    assert r.verdict == "contradicted" and r.error == "before_after_swapped", r.explanation
    # (the start stated as the start is the source's own figure)
    assert _one(check("申办成功时，崇礼游客数量为127.2万人次。", [src]), "127.2万人次").verdict == "supported"


def test_a_figure_moved_into_another_items_claim_is_flagged():
    # the draft keeps 文史类's 61548人 and gives it 理工类's 8.38%: the count, printed once in the
    # source, tells which item the claim is about
    src = "理工类计划招生125135人，比去年增加9672人，增幅8.38%；文史类计划招生61548人，比去年增加2124人，增幅3.57%。"
    r = _one(check("文史类61548人，增幅8.38%。", [src]), "8.38%")
    assert r.verdict == "contradicted" and r.error == "wrong_subject", r.explanation
    assert _one(check("文史类61548人，增幅3.57%。", [src]), "3.57%").verdict == "supported"
    # (a figure naming its own item is not anchored by the count before it)
    src = "外出农民工17185万人，增长1.5%；本地农民工11467万人，增长2.0%。"
    draft = "本地农民工和外出农民工分别为11467万人和17185万人，本地农民工增长2.0%。"
    assert _one(check(draft, [src]), "2.0%").verdict == "supported"


def test_a_small_count_of_the_drafts_own_list_needs_no_source():
    # 银河电子、川大智胜、立讯精密三家: the draft counts the names it lists; no source prints 三家
    src = "7月14日，银河电子、川大智胜、立讯精密率先披露半年报。"
    draft = "7月14日，银河电子、川大智胜、立讯精密三家电子信息公司率先披露半年报。"
    assert _one(check(draft, [src]), "三家").verdict == "supported"
    # (a count that does not match the list, or a list of figures, is no such count)
    draft = "7月14日，银河电子、川大智胜、立讯精密四家电子信息公司率先披露半年报。"
    assert _one(check(draft, [src]), "四家").verdict == "unsupported"
    src = "灾害已造成6人遇难、5人失踪。"
    assert _one(check("灾害已造成6人遇难、5人失踪，遇难者中有两名为船员。", [src]), "两名").verdict == "unsupported"


def test_nearly_a_share_in_cheng_reaches_a_quarter_cheng_below():
    src = "幼儿园生均教育经费总支出为10648元，增长8.93%。"
    assert _one(check("幼儿园生均教育经费总支出为10648元，增长近一成。", [src]), "一成").verdict == "supported"
    # (a percentage written as such keeps the 10% reach: 近10% is not 8.93%)
    assert _one(check("幼儿园生均教育经费总支出为10648元，增长近10%。", [src]), "10%").verdict != "supported"


def test_nearly_a_mark_holds_a_source_figure_about_just_below_it():
    src = "从一季度末到上周五，贵州茅台的涨幅达到了约27.8%。"
    r = _one(check("从一季度末到上周五，贵州茅台的涨幅达到了近28%。", [src]), "28%")
    assert r.verdict == "supported_by_rounding", r.explanation
    # (above the mark it is no longer 近)
    src = "从一季度末到上周五，贵州茅台的涨幅达到了约28.6%。"
    assert _one(check("从一季度末到上周五，贵州茅台的涨幅达到了近28%。", [src]), "28%").verdict != "supported_by_rounding"


def test_a_bare_share_word_fits_a_share_of_something():
    # 占比10.2% names only a share; the source says of what (占…进口总值的10.2%)
    src = "其中，出口4758亿元，占同期河北省外贸出口总值的41%；进口746.6亿元，占同期河北省外贸进口总值的10.2%。"
    draft = "其中出口4758亿元，占全省同期出口的41%；进口746.6亿元，占比10.2%。"
    assert _one(check(draft, [src]), "10.2%").verdict == "supported"
    # (a changed share is still caught)
    draft = "其中出口4758亿元，占全省同期出口的41%；进口746.6亿元，占比12.2%。"
    assert _one(check(draft, [src]), "12.2%").verdict == "contradicted"


def test_a_forecaster_before_the_company_is_not_whose_figure_it_is():
    src = "华鑫证券预测，西部矿业2025-2027年的营业收入将分别达到580.85亿元、608.72亿元和637.18亿元，其归母净利润分别为38.26亿元、41.25亿元和44.43亿元。"
    draft = "西部矿业上半年业绩稳增\n西部矿业发布的2025年半年报显示，公司上半年实现营业收入316亿元。\n华鑫证券预测，公司2025-2027年营业收入分别为580.85亿元、608.72亿元和637.18亿元，并预计2027年归母净利润达44.43亿元。"
    assert _one(check(draft, [src]), "580.85亿元").verdict == "supported"


def test_a_wrong_period_is_flagged_once_at_the_figure_it_heads():
    src = "1月至7月份，辽宁全省固定资产投资同比增长3.4%。分领域看，基础设施投资同比增长14.3%，制造业投资增长4.1%，房地产开发投资下降18.5%。"
    draft = "1月至7月份，全省投资同比增长3.4%。上半年基础设施投资同比增长14.3%，制造业投资增长4.1%，房地产开发投资下降18.5%。"
    r = check(draft, [src])
    assert (_one(r, "14.3%").verdict, _one(r, "14.3%").error) == ("contradicted", "wrong_period")
    for fig in ("4.1%", "18.5%"):
        assert _one(r, fig).verdict == "supported", _one(r, fig).explanation
        assert "14.3%" in _one(r, fig).explanation
    # (a changed number after it is still caught)
    r = check(draft.replace("4.1%", "5.1%"), [src])
    assert _one(r, "5.1%").verdict == "contradicted"


def test_a_change_worded_apart_is_found_through_its_claim_mate():
    # 净购金 and 全球官方黄金储备增加 share no words; the draft's 95.5吨, printed once in the
    # source, says which claim its 同比下降23％ restates (23％ is printed twice in the source)
    src = "全球黄金总需求量为815.7吨，同比下降23％。一季度，全球官方黄金储备增加了95.5吨，虽然同比下降了23％，但环比增长20％。"
    draft = "今年一季度全球黄金需求总计816吨。各国央行一季度净购金95.5吨，同比下降23％，环比增长20％。"
    assert _one(check(draft, [src]), "23％").verdict == "supported"
    # (a changed number is not supported that way)
    assert _one(check(draft.replace("23％", "32％"), [src]), "32％").verdict != "supported"


def test_a_product_read_as_the_subject_is_the_measure_of_the_other_side():
    # (天然气产量增长19.5%: the draft's 天然气 reads as whose 产量; the source's 天然气增长19.5%
    # names 天然气 as what grew)
    src = "分产品看，主要工业产品产量增长较好，其中，发电量增长0.7%，天然气增长19.5%，化学肥料增长6.7%，平板玻璃增长49.3%。"
    draft = "产品方面，平板玻璃、天然气产量分别增长49.3%和19.5%。"
    r = check(draft, [src])
    assert _one(r, "19.5%").verdict == "supported" and _one(r, "49.3%").verdict == "supported"
    # (a product given another product's figure is not supported)
    r = check("产品方面，平板玻璃、天然气产量分别增长49.3%和6.7%。", [src])
    assert _one(r, "6.7%").verdict != "supported"


def test_a_business_segments_growth_is_not_the_firms():
    # (支付、云计算等业务…增长348% is a segment's; the draft's 腾讯…营收增52% is the firm's own)
    src = (
        "腾讯三季度总收入为人民币403.88亿元，同比增长52%。"
        "支付、云计算等业务的营业收入同比增长348%。"
    )
    draft = "腾讯三季度营收增52% 支付云计算等业务大涨348%"
    r = check(draft, [src])
    assert _one(r, "52%").verdict == "supported", _one(r, "52%").explanation


def test_the_level_reached_given_as_a_changes_start_is_a_swap():
    # (比重为54.3%，比上年同期提高0.3个百分点: 54.3% is where the change arrived; 由54.3%提高0.3个百分点
    # makes it the start)
    src = "第三产业增加值占国内生产总值的比重为54.3%，比上年同期提高0.3个百分点。"
    r = _one(check("第三产业增加值占GDP的比重由54.3%提高0.3个百分点。", [src]), "54.3%")
    assert (r.verdict, r.error) == ("contradicted", "before_after_swapped"), r.explanation
    # (given as the level reached, it is supported)
    r = _one(check("第三产业增加值占GDP的比重提高0.3个百分点，达到54.3%。", [src]), "54.3%")
    assert r.verdict == "supported", r.explanation


def test_a_change_in_times_is_compared_with_a_change_in_percent():
    # (增长一倍 is +100%, 增长1.86倍 +186%, 超一倍 above +100%)
    r = check("资阳进出口总额增长超一倍。", ["资阳市进出口总额增长118.3%。"])
    assert _one(r, "一倍").verdict == "supported_by_rounding"
    r = check("挖掘机销量增长1.86倍。", ["挖掘机销量同比增长186%。"])
    assert _one(r, "1.86倍").verdict == "supported_by_rounding"
    # (an exact multiple keeps its precision: 一倍 is not 118.3%, 两倍 not 100%)
    assert _one(check("资阳进出口总额增长了一倍。", ["资阳市进出口总额增长118.3%。"]), "一倍").verdict == "unsupported"
    assert _one(check("挖掘机销量增长两倍。", ["挖掘机销量同比增长100%。"]), "两倍").verdict != "supported_by_rounding"


def test_an_open_bound_near_an_approximate_source_figure_holds_it():
    # (超过12亿平方米 for 约12.05亿平方米: the bound holds the source's figure and is near it)
    r = check("土地储备超过12亿平方米。", ["土地储备约12.05亿平方米。"])
    assert _one(r, "12亿平方米").verdict == "supported_by_rounding"
    # (a bound far below the source's figure says something else)
    assert _one(check("土地储备超过12亿平方米。", ["土地储备约14亿平方米。"]), "12亿平方米").verdict == "contradicted"


def test_a_count_of_things_added_is_an_addition_however_read():
    # (新增房产相关网站 reads as an addition, 增加房产相关网站 as a level: the same figure)
    src = "前9个月全国增加房产相关网站20000家。"
    assert _one(check("前9个月全国新增房产相关网站20000家。", [src]), "20000家").verdict == "supported"


def test_the_start_of_a_change_given_another_date_is_wrong_period():
    # (与截至2022年11月30日的793间相比: the source's 793 is the level of 2023年8月31日)
    src = "截至2023年11月30日，学习中心总数为843间，与截至2023年8月31日的793间相比，增加了50间；与截至2022年11月30日的708间相比，增加了135间。"
    r = _one(check("截至2023年11月30日，学习中心总数为843间，与截至2022年11月30日的793间相比，增加了135间。", [src]), "793间")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    r = _one(check("学习中心总数为843间，较2022年11月30日的708间增加135间。", [src]), "708间")
    assert r.verdict == "supported", r.explanation
    # (…的793间相比: a comparison goes on after the count, no noun it counts; the edited copy
    # gives the level of 2023年8月31日 to 2022年11月30日)
    edited = src.replace("截至2022年11月30日的708间", "截至2022年11月30日的793间")
    r = [x for x in check(edited, [src]).results if x.text == "793间"][1]
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation


def test_the_start_of_a_change_past_a_semicolon_keeps_its_own_year():
    # (…；乙类会员人数为10167万人，较2015年的429.1万人增加…: 429.1万人 is 2015's, not the
    # sentence's 2022年, so a draft giving it for 2015 is right)
    src = "2022年末，甲类会员人数为3442万人，较2001年的400万人增加逾3千万人；乙类会员人数为10167万人，较2015年的429.1万人增加近9700万人，增长22.7倍。"
    r = _one(check("乙类会员人数较2015年的约429万人增长22.7倍。", [src]), "429万人")
    assert r.verdict in ("supported", "supported_by_rounding"), r.explanation


def test_an_amount_with_its_currency_swapped_is_wrong_unit():
    # (拟以现金18.8亿港元 for the source's 交易金额为18.8亿元, stated twice; the 香港 in a firm's
    # bracketed name is no subject of its own)
    src = (
        "公司及全资子公司海尔股份(香港)有限公司拟以现金受让模具公司等10家公司股权，交易金额为18.8亿元。"
        "此次受让标的价格为18.8亿元，对应PE为11.09倍。"
    )
    r = _one(check("青岛海尔日前公告，公司及全资子公司海尔股份(香港)有限公司拟以现金18.8亿港元，受让模具等资产。", [src]), "18.8亿港元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_unit"), r.explanation


def test_a_figure_copied_with_its_words_but_given_to_another_place_is_wrong_subject():
    # (北京等地局地达11~12级 for the source's 内蒙古中东部、新疆北部局地达11~12级: the words around
    # the figure copied, the place put for another)
    src = "西北地区、华北等地出现6~8级阵风，部分地区9~10级，内蒙古中东部、新疆北部局地达11~12级。"
    r = _one(check("西北地区、华北等地出现6~8级阵风，部分地区9~10级，北京等地局地达11~12级。", [src]), "12级")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    r = _one(check("西北地区、华北等地出现6~8级阵风，部分地区9~10级，内蒙古中东部、新疆北部局地达11~12级。", [src]), "12级")
    assert r.verdict == "supported", r.explanation


def test_a_change_against_a_year_two_back_given_as_year_on_year_is_wrong_period():
    # (同比增长11.8%；比2019年1—10月份增长18.3%，两年平均增长8.8%: 18.3% is against two years
    # back; a draft calling it 同比 moves it to another base)
    src = "1—10月份，商品房销售额147185亿元，同比增长11.8%；比2019年1—10月份增长18.3%，两年平均增长8.8%。"
    r = _one(check("1—10月份，商品房销售额147185亿元，同比增长18.3%。", [src]), "18.3%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert "2019" in r.explanation and "同比" in r.explanation
    assert _one(check("商品房销售额比2019年1—10月份增长18.3%。", [src]), "18.3%").verdict == "supported"


def test_two_places_named_alike_before_a_figure_in_both_texts_are_no_clash():
    # (全国31个省(区、市)和新疆生产建设兵团的93个地市、1258所学校 in source and draft: neither
    # place is shown to be whose the count is; 云南 put for 四川 right at the clause's head is)
    src = (
        "2019年全国学生体质与健康调研结果发布。本次调研按照分层整群随机抽样调查方法,在全国31个省(区、市)和新疆生产建设兵团的"
        "93个地市1258所学校进行调研,调研学生374257人,调研了身体形态、生理机能4个方面24项指标。"
    )
    r = _one(check("体质调研结果发布。调研覆盖全国31个省(区、市)和新疆生产建设兵团的93个地市、1258所学校,受调研学生超过37万人。", [src]), "1258所")
    assert r.verdict == "supported", r.explanation
    src2 = "“十二五”末，四川跨省跨区电力交换能力已达到2850万千瓦，位居全国省级电网第一，但外送能力依然不足。"
    r = _one(check("“十二五”末，云南跨省跨区电力交换能力已达到2850万千瓦，位居全国省级电网第一，但外送能力依然不足。", [src2]), "第一")
    assert r.verdict == "contradicted", r.explanation


def test_a_change_after_a_dated_level_compared_with_keeps_the_sentences_period():
    # (较2023年8月31日的843间增加50间: 50间 is the change to 2023年11月30日, not a figure of 8月31日)
    src = "截至2023年11月30日，学习中心总数为893间，与截至2023年8月31日的843间相比，增加了50间。"
    r = _one(check("截至2023年11月30日，学习中心达到893间，较2023年8月31日的843间增加50间。", [src]), "50间")
    assert r.verdict == "supported", r.explanation


def test_the_base_named_with_yu_xiangbi_is_no_period_of_the_figure():
    # (与2014年相比，男生身高…增加1.69cm: measured from 2014, stated for the survey's year)
    src = "与2014年相比,2019年全国7~9岁、10~12岁、13~15岁男生身高分别增加0.52cm、1.26cm、1.69cm。"
    r = _one(check("形态发育方面,与2014年相比,男生身高在13~15岁组增加1.69cm。", [src]), "1.69cm")
    assert r.verdict == "supported", r.explanation


def test_a_short_amount_with_its_currency_swapped_is_wrong_unit_when_its_words_match_half():
    # (账面现金约4.5亿元 for the source's 银行结余及现金为4.5亿港元: a two-digit amount in another
    # currency, with half the draft's measure words around it)
    src = "负债方面，于2019年12月31日，万科海外计息借贷约12.58亿港元，其中银行贷款7.72亿港元；银行结余及现金为4.5亿港元，资产净负债率为21.4%。"
    r = _one(check("负债方面，截至2019年末，公司有息借贷约12.58亿港元，其中银行贷款7.72亿港元；账面现金约4.5亿元，净负债率为21.4%。", [src]), "4.5亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_unit"), r.explanation


def test_a_bound_on_the_same_side_of_the_same_mark_is_the_same_figure():
    # (50%以上 against 至少50%: 以上, 超过 and 至少 all put the figure at or past the mark)
    src = "共有60只基金单位净值涨幅至少50%。"
    r = _one(check("共有60只基金单位净值涨幅在50%以上。", [src]), "50%")
    assert r.verdict == "supported", r.explanation
    r = _one(check("共有60只基金单位净值涨幅不到50%。", [src]), "50%")
    assert r.verdict == "contradicted", r.explanation


def test_a_share_whose_part_is_named_by_its_measure_is_the_regions_share():
    # (经济总量占全区的比重逾五成 against 全市's 占全区地区生产总值的比重为51.2%: 经济总量 is the
    # part's measure, not a rival's name; the change beside it, flipped, is still found)
    src = "上半年全市实现地区生产总值1267.24亿元,增速高于全区1.0个百分点;占全区地区生产总值的比重为51.2%,较去年同期提升0.6个百分点。"
    rep = check("今年上半年银川全市实现地区生产总值1267亿元,经济总量占全区的比重逾五成,较去年同期下降0.6个百分点。", [src])
    assert _one(rep, "五成").verdict.startswith("supported"), _one(rep, "五成").explanation
    r = _one(rep, "0.6个百分点")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped"), r.explanation


def test_a_quoted_term_the_draft_gives_as_subject_is_no_rival_of_the_source_naming_it_in_its_measure():
    # (其中“00后”新生约占12%: the draft's subject is the quoted term, the source's firm names it in
    # its measure; 约 and rounding keep 11.93% supported)
    src = (
        "记者对湖南大学和湖南师范大学两所高校的新生大数据进行分析发现,十来岁的“00后”开始进入大学校园。\n"
        "湖南大学“00后”新生比例占到11.93%。湖南师范大学本科新生中,18岁的新生最多,有3364人。"
    )
    r = _one(check("湖南大学今年共招收本科生5045名,男女比例为1.15:1,其中“00后”新生约占12%。", [src]), "12%")
    assert r.verdict.startswith("supported"), r.explanation


def test_a_ranges_low_end_does_not_round_to_a_figure_past_its_high_end():
    # (预计全年增幅能达到23%~24%: 37% is past the range, not the low end 23% rounded)
    src = "预计全年增幅能达到23%~24%。"
    r = _one(check("预计全年增幅能达到37%。", [src]), "37%")
    assert r.verdict != "supported_by_rounding", r.explanation


def test_people_counted_with_ming_wei_or_ren_are_one_unit():
    # (两名 for the source's 2位: people counted either way, no wrong unit)
    src = "台风“海燕”已造成海南2位群众死亡。"
    r = _one(check("台风“海燕”已造成海南两名群众死亡。", [src]), "两名")
    assert r.verdict == "supported", r.explanation


def test_a_people_group_is_no_rival_of_the_place_whose_people_they_are():
    # (城镇居民 against 全省: one side names the group, the other the place)
    src = "上半年，全省城镇居民人均可支配收入7392.47元，增长11.9%。"
    r = _one(check("上半年，城镇居民人均可支配收入7392.47元，增长11.9%。", [src]), "7392.47元")
    assert r.verdict == "supported", r.explanation


def test_a_month_named_before_dang_yue_dates_the_figure_and_its_slip_is_the_wrong_period():
    # (6月…当月增速为5.9% against the source's 4月 5.9%: 当月 is June, named before it)
    src = "3月、4月、5月、6月规上工业增加值当月速度分别为2.7%、5.9%、3.8%、3.6%,工业经济逐步企稳。"
    r = _one(check("分月看,6月规上工业增加值当月增速为5.9%。", [src]), "5.9%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert "月看" not in r.explanation and "6月" in r.explanation


def test_a_change_in_the_sources_order_but_dated_for_another_time_is_the_wrong_period():
    # (2014年增至8389.8万人次 against the source's 2013年 8389.8万人次: 2012 before 2013 is the
    # sources' order, the year the draft gives is not theirs)
    src = (
        "2012年全线运送旅客6506.9万人次,日均17.8万人次,同比增长32.8%;2013年全线运送旅客8389.8万人次,"
        "日均23.0万人次,同比增长32.6%; 2014年全线运送旅客10588.2万人次,日均29.0万人次,同比增长26.1%。"
    )
    draft = "客流持续走高:2012年全线客运量为6506.9万人次,同比增长32.8%;2014年增至8389.8万人次,日均29.0万人次。"
    r = _one(check(draft, [src]), "8389.8万人次")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert "2013年" in r.explanation and "2014年" in r.explanation


def test_a_subject_the_draft_carries_from_an_earlier_sentence_contradicts_no_source():
    # (the draft's sentence names no one; the extractor carried 崇文门片区 from before it)
    src = "据分行经理介绍说，目前北京的租赁客户主要以在周边上班的白领阶层为主，他们约占到租赁客户总量的50%。"
    draft = "崇文门片区租金近期小幅上涨。不过成交总量显著上升，该区租赁客户以在周边上班的白领阶层为主，约占租赁客户总量的50%。"
    r = _one(check(draft, [src]), "50%")
    assert r.verdict == "supported", r.explanation


def test_doubling_and_growing_by_one_times_are_one_change():
    # (翻倍: the level became 2 x; 增长一倍: it grew by 1 x; the same change)
    r = _one(check("今年水利投资规模实现翻倍。", ["今年水利投资规模增长一倍。"]), "翻倍")
    assert r.verdict == "supported", r.explanation
    r = _one(check("今年水利投资规模增长两倍。", ["今年水利投资规模实现翻倍。"]), "两倍")
    assert r.verdict == "contradicted", r.explanation


def test_a_year_named_relative_to_now_is_not_an_earlier_dated_year():
    # (the source's headline names 2012, so its now is 2012 or later: 今年 cannot be 2010;
    # 去年 can be 2011)
    src = "东方船舶2012年1-8月经营情况\n东方船舶2011年利润总额为36.4亿元，营业收入为410亿元。"
    for draft in ("今年1-8月东方船舶利润总额达36.4亿元。", "今年东方船舶利润总额达36.4亿元。"):
        r = _one(check(draft, [src]), "36.4亿元")
        assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("去年东方船舶利润总额达36.4亿元。", [src]), "36.4亿元").verdict == "supported"
    # (当年 names the year just mentioned, not now)
    assert _one(check("东方船舶2011年扭亏，当年利润总额达36.4亿元。", [src]), "36.4亿元").verdict == "supported"


def test_a_draft_change_against_its_own_verb_has_its_ends_swapped():
    # (the sources state both counts as levels, so no source change pairs them; 由96只增至66只
    # cannot be right, whatever the sources say)
    src = "“1元”基金共计有96只，“2元”基金共计有103只。2008年9月5日，当时共计有66只“1元”基金。"
    rs = {r.text: r for r in check("“1元”基金由2008年9月5日的96只增至本周二的66只。", [src]).results}
    assert [(rs[t].verdict, rs[t].error) for t in ("96只", "66只")] == [("contradicted", "before_after_swapped")] * 2, [
        r.explanation for r in rs.values()
    ]
    rs = {r.text: r for r in check("“1元”基金由2008年9月5日的66只增至本周二的96只。", [src]).results}
    assert "contradicted" not in {r.verdict for r in rs.values()}, [r.explanation for r in rs.values()]
    # (an end the source states in the same role stands: the verb is what the draft changed)
    src = "乙公司银幕数量占全国比例从2015年19.56%略升至2020年19.93%。"
    r = _one(check("乙公司银幕数量占全国比例从2015年19.56%略降至2020年19.93%。", [src]), "19.56%")
    assert r.verdict == "supported", r.explanation


def test_a_figure_moved_to_another_day_or_half_named_in_its_own_words_is_wrong_period():
    src = (
        "据统计，12月18日，海运樱桃抵达。以1斤装樱桃为例，该产品价格由12月14日的128元下降至近期的90元/斤。"
        "财报显示，今年上半年，甲公司的电机模块合计配套超过50万辆新能源汽车，预计下半年配套数量将进一步增加。"
    )
    r = _one(check("以1斤装樱桃为例，该产品价格由12月18日的128元下降至近期的90元/斤。", [src]), "128元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert "12月14日" in r.explanation and "12月18日" in r.explanation, r.explanation
    assert _one(check("以1斤装樱桃为例，该产品价格由12月14日的128元下降至近期的90元/斤。", [src]), "128元").verdict == "supported"
    # (a count before the noun it counts is dated when its own words name a time)
    r = _one(check("甲公司预计下半年将配套超过50万辆新能源汽车。", [src]), "50万辆")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("今年上半年，甲公司合计配套超过50万辆新能源汽车。", [src]), "50万辆").verdict == "supported"


def test_a_span_of_months_is_no_level_a_change_starts_from():
    # (至 in 1至5月 spans months; it does not end a change whose level the period dates)
    src = "居住类价格延续涨势，自去年12月以来，甲市居住类价格连续上涨，今年1至5月同比上涨5.2%，涨幅高出去年同期11.6个百分点。"
    r = _one(check("居住类价格自去年12月以来持续上涨，1至5月涨幅为5.2%，比去年同期低11.6个百分点。", [src]), "11.6个百分点")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped"), r.explanation
    r = _one(check("居住类价格自去年12月以来持续上涨，1至5月涨幅为5.2%，比去年同期高11.6个百分点。", [src]), "11.6个百分点")
    assert r.verdict == "supported", r.explanation


def test_a_number_moved_to_a_name_set_inside_another_is_wrong_subject():
    # (对印度进出口 is worded inside 对印度尼西亚进出口, and places are set aside when measures are
    # compared: the draft's own words name the other figure)
    src = "5年来,河北省对俄罗斯进出口1089.2亿元,对印度进出口561.1亿元,对印度尼西亚进出口384.8亿元,对越南进出口393.4亿元。"
    r = _one(check("今年前8个月河北对俄罗斯进出口1089.2亿元;5年来对印度进出口384.8亿元。", [src]), "384.8亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    assert _one(check("5年来，河北对印度尼西亚进出口384.8亿元。", [src]), "384.8亿元").verdict == "supported"
    assert _one(check("5年来，河北对印度进出口561.1亿元。", [src]), "561.1亿元").verdict == "supported"


def test_a_percentage_restated_in_tenths_is_not_taken_for_a_moved_figure():
    # (三成 rounds 28.7%; that 国际航线货运量's 26% is worded closer to 货运 shows no move: tenths
    # are too coarse for that)
    src = (
        "今年1月，民航完成旅客运输量2566.9万人次，同比增长13.2%；完成货邮运输量35.42万吨，同比下降28.7%。"
        "其中，国际航线货运量26万吨，同比下降26%，国内航线货运量9万吨，同比下降34.6%。"
    )
    r = _one(check("1月民航客运量增逾一成 货运跌近三成", [src]), "三成")
    assert r.verdict == "supported", r.explanation


def test_a_counted_set_or_a_place_carried_from_elsewhere_names_no_rival_owner():
    src = "银河电子、川大智胜和立讯精密分别盈利4384.24万元、1198.36万元和9941.22万元，实现基本每股收益分别为0.31元、0.16元和0.38元。"
    rs = check("三家公司基本每股收益分别为0.31元、0.16元和0.38元。", [src]).results
    assert [r.verdict for r in rs] == ["supported"] * 3, [r.explanation for r in rs]
    r = _one(check("川大智胜基本每股收益为0.31元。", [src]), "0.31元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    # (the draft's 郑州 comes from its dateline, not from the figure's sentence: a guess of the extractor's)
    src = "郑州日报讯 承德露露发布2010年报。记者注意到，2010年报显示，承德露露关联交易采购金额去年同比上升了35%，达到2.72亿元，占营业收入的15%。"
    rs = check("郑州消息 承德露露去年业绩平稳。此外，2010年公司关联交易采购金额同比上升了35%，达到2.72亿元。", [src]).results
    assert [r.verdict for r in rs] == ["supported"] * 2, [r.explanation for r in rs]


def test_a_draft_figure_is_dated_by_its_own_sentence_only():
    # (the clause before the semicolon dates 36亿元, not 由利's 5000万元; the explanation shows the
    # period from the word that opens it, not the end of the name before it)
    src = "扫地机器人赛道融资活跃。7月19日，由利完成5000万元A轮融资；同月，追觅科技完成36亿元C轮融资。"
    rs = {r.text: r for r in check("资本加速涌入：追觅科技去年10月完成36亿元C轮融资；由利完成5000万元A轮融资。", [src]).results}
    assert rs["5000万元"].verdict == "supported", rs["5000万元"].explanation
    assert (rs["36亿元"].verdict, rs["36亿元"].error) == ("contradicted", "wrong_period")
    assert rs["36亿元"].explanation.endswith("not for 去年10月"), rs["36亿元"].explanation


def test_a_distinctive_amount_stated_without_a_verb_of_change_is_the_sources_change():
    # (净购金95.5吨 states what 增加了95.5吨 does; a direction the draft names still counts, and one
    # the extractor left unread, 低11.52%, is not taken for none)
    src = "一季度央行保持了稳健的购金步伐：全球官方黄金储备增加了95.5吨，虽然同比下降了23%，但环比增长20%。"
    assert _one(check("各国央行一季度净购金95.5吨，同比下降23%。", [src]), "95.5吨").verdict == "supported"
    r = _one(check("各国央行一季度黄金储备减少95.5吨，同比下降23%。", [src]), "95.5吨")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped"), r.explanation
    src = "女性在5年、10年、19年期放弃科研的几率分别比男性高12.54%、11.52%和6.33%。"
    assert _one(check("女性在10年期放弃科研的几率低11.52%。", [src]), "11.52%").verdict != "supported"


def test_a_period_changed_once_is_flagged_once_for_figures_restated_or_rounded():
    # (2011年 put for 2010年 heads the sentence: 2000亿元 is flagged, 翻倍 for 高出一倍 rides on it)
    src = "据统计,2010年我国水利投资是2000亿元,高出一倍就是4000亿元。"
    rs = check("据统计,2011年全国水利投资为2000亿元,翻倍后年均投入4000亿元。", [src]).results
    got = {r.text: (r.verdict, r.error) for r in rs}
    assert got["2000亿元"] == ("contradicted", "wrong_period"), [r.explanation for r in rs]
    assert got["翻倍"][0] in ("supported", "supported_by_rounding"), [r.explanation for r in rs]


def test_a_side_speaking_for_itself_owns_its_figures():
    # (智利方面表示: Chile's figures, not those of the market they go to)
    src = "智利方面表示，今年整个产季预计将有超过50万吨车厘子进入中国市场，这个数量相当于去年同期的近两倍。"
    draft = "智利驻华商务处披露，整个产季预计将有50万吨车厘子进入中国市场，相当于去年同期的近2倍。"
    r = _one(check(draft, [src]), "2倍")
    assert r.verdict == "supported", r.explanation


def test_among_the_first_n_is_not_the_nth_place():
    # (位列前三 is a place among the first three, not 第三位: it neither supports nor contradicts it)
    src = (
        "十月，从拿地面积来看，碧桂园、绿地、万科拿地面积位列前三。\n"
        "2019年1-10月，碧桂园以4028万平方米占据榜单首位；绿地和万科分别以2836和2549万平方米拿地总面积登上面积榜第二、三位。"
    )
    draft = "从拿地面积来看，2019年1-10月碧桂园以4028万平方米居首，绿地和万科分别以2836和2549万平方米位列第二、三位。"
    r = _one(check(draft, [src]), "三位")
    assert r.verdict == "supported", r.explanation
    assert r.source.text == "三位"


def test_a_draft_dated_by_the_year_its_source_compares_with_is_wrong_period():
    # (the source names 2012 only as what its figure is compared with: the figure is not 2012's)
    src = "我国每千人企业数量为34.28户，是2012年末的3.4倍。"
    r = _one(check("截至2012年末，我国每千人企业数量为34.28户。", [src]), "34.28户")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    # (a source naming that year for its own figure supports it)
    r = _one(check("截至2012年末，我国每千人企业数量为34.28户。", ["截至2012年末，我国每千人企业数量为34.28户。"]), "34.28户")
    assert r.verdict == "supported", r.explanation


def test_last_year_before_the_year_a_sentence_goes_on_to_is_that_year_minus_one():
    src = "农民工月均收入3485元，比上年增加210元，增长6.4%。"
    r = _one(check("收入方面，上年农民工月均收入已达3485元，2017年又增加210元，增长6.4%。", ["2017年农民工监测调查报告。" + src]), "3485元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    # (a year set against the figure, 而2013年仅为…, is no present)
    src2 = "2013年两省弃水仅为26亿千瓦时。去年，两省“弃水”已分别达到142亿、314亿千瓦时。"
    r = _one(check("去年四川、云南两省“弃水”分别达到142亿千瓦时和314亿千瓦时，而2013年仅为26亿和50亿千瓦时。", [src2]), "142亿千瓦时")
    assert r.verdict == "supported", r.explanation


def test_last_year_is_not_now():
    src = "截至目前，上交所一共受理了149家拟登陆科创板企业。"
    r = _one(check("去年，上交所共受理149家拟登陆科创板企业。", [src]), "149家")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("目前，上交所共受理149家拟登陆科创板企业。", [src]), "149家").verdict == "supported"


def test_a_parts_figure_given_to_the_whole_is_wrong_subject():
    # (the source gives 81.4% to 其中新能源汽车; a draft naming no part means the whole's 汽车产量)
    src = "主要工业产品中，汽车产量增长46.7%（其中新能源汽车增长81.4%），集成电路增长69.9%。"
    r = _one(check("主要工业产品中，汽车产量增长81.4%，集成电路增长近七成。", [src]), "81.4%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    r = _one(check("其中新能源汽车产量增长81.4%。", [src]), "81.4%")
    assert r.verdict == "supported", r.explanation


def test_the_figure_of_the_drafts_own_named_subject_is_the_one_meant():
    # (the source lists 船舶业(9.0%) under 行业, below the whole's monthly growth rates that fit the
    # draft's measure better; the draft names 船舶业 and its 9.0%)
    src = ("6月，全市规上工业增加值增长3.6%。实现增长的五个行业分别为：通用设备制造业（2.3%）、"
           "船舶和其他运输设备业（9.0%）、电气机械器材制造业（0.2%）。")
    r = _one(check("6月，全市规上工业增加值增长3.6%；主导行业中，船舶和其他运输设备业增长9.0%。", [src]), "9.0%")
    assert r.verdict == "supported", r.explanation


def test_a_chinese_numeral_printed_once_in_the_sources_identifies_its_figure():
    # (四成半 is 45%: the one source figure printing it, in other words, is the one meant)
    src = "公司的主要产品为普碳钢系列的冷轧和热轧，这两项贡献的营业收入占比达到45%。同时，这两项产品的毛利率分别是22.16%和18.3%。"
    r = _one(check("冷轧和热轧两项产品贡献了四成半的营业收入。", [src]), "四成半")
    assert r.verdict == "supported", r.explanation


def test_an_amount_per_mu_written_plain_is_the_sources_amount_per_area():
    # (the extractor writes 每亩392.6公斤 plain, as gold does, and 392.6公斤/亩 per area)
    src = "谷物单产392.6公斤/亩，比上年减少0.3公斤/亩。"
    report = check("谷物单产每亩392.6公斤，比上年减少0.3公斤。", [src])
    assert [r.verdict for r in report.results] == ["supported", "supported"], [r.explanation for r in report.results]


def test_the_start_of_the_year_as_a_base_is_no_point_in_time_clashing_with_last_years_end():
    # (比年初增长 and 较上年末增加 measure against the same balance; 年初 there is a base, not
    # when the figure holds)
    src = "截至报告期末，公司货币资金余额为2837.9亿元，较上年末增加16.2%。"
    r = _one(check("截至三季度末，公司货币资金约2838亿元，比年初增长16.2%。", [src]), "16.2%")
    assert r.verdict == "supported", r.explanation


def test_a_months_end_with_or_without_jiezhi_is_the_same_time():
    # (6月末 and 截至6月末 both give the state at the end of June)
    src = "截至6月末，住户存款余额突破150万亿元，比年初多增10.3万亿元。"
    report = check("6月末住户存款余额超过150万亿元，比年初多增10.3万亿元。", [src])
    assert [r.verdict for r in report.results] == ["supported", "supported"], [r.explanation for r in report.results]
    # (another month's end is another time)
    r = _one(check("5月末住户存款余额超过150万亿元。", [src]), "150万亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation


def test_the_whole_of_another_kind_of_place_is_another_subject():
    src = "受台风影响，全市累计降雨量达286毫米，最大小时雨强为78.5毫米。"
    r = _one(check("全县累计降雨量达286毫米。", [src]), "286毫米")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    assert _one(check("全市累计降雨量达286毫米。", [src]), "286毫米").verdict == "supported"


@pytest.mark.parametrize(
    "draft, source, fig",
    [
        ("分地区看，境内收入占比提升至33.5%。", "分地区看，境外收入占比提升至33.5%。", "33.5%"),
        ("东部地区农民工收入增长5.2%。", "西部地区农民工收入增长5.2%。", "5.2%"),
    ],
)
def test_a_part_one_opposed_character_away_is_another_subject(draft, source, fig):
    r = _one(check(draft, [source]), fig)
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation


def test_a_levels_own_verb_against_its_changes_direction_is_the_drafts_word():
    # (the draft's 升至 says up where the source's 降至 says down; the change beside it agrees
    # with the source, so the edited verb is the level's)
    src = "该行不良贷款率降至1.23%，较年初下降0.08个百分点。"
    r = _one(check("该行不良贷款率升至1.23%，较年初下降0.08个百分点。", [src]), "1.23%")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped"), r.explanation
    # (a level reached by the change the draft states keeps being judged as a level)
    r = _one(check("营业收入增长10.11%至2041.11亿元。", ["营业收入2041.11亿元，同比增长10.11%。"]), "2041.11亿元")
    assert r.verdict == "supported", r.explanation


def test_the_zhong_of_qizhong_opens_no_place_name():
    # (其中卫生投入 names no 中卫, 其中山东省 no 中山: the normaliser's place and name patterns
    # skip a 中 right after 其)
    from factx.check import _lex_for, _Normaliser
    from factx.pipeline import default_engine

    lex = _lex_for(default_engine())
    norm = _Normaliser(lex, [r for r in lex.regions])
    assert norm.places("其中卫生投入") == frozenset()
    assert norm.places("其中山东省出口") == {"山东"}
    assert norm.places("中卫市工业增加值") == {"中卫"}


def test_a_share_of_the_firms_whole_is_the_share_of_the_whole():
    # (占总股本 rewrites 占公司总股本: the firm's own whole goes without saying; the buyback's
    # 占总股本的0.8% later on is another part's)
    src = "公司控股股东累计质押股份1.2亿股，占其所持公司股份的45.6%，占公司总股本的12.3%。截至10月底，公司累计回购股份3560万股，占总股本的0.8%。"
    r = _one(check("公司控股股东累计质押1.2亿股，占其持股的45.6%，占总股本的12.3%。", [src]), "12.3%")
    assert r.verdict == "supported", r.explanation


@pytest.mark.parametrize(
    "draft, ok",
    [("北向资金全天净卖出62.3亿元。", False), ("北向资金全天净流出62.3亿元。", False), ("北向资金全天净买入62.3亿元。", True)],
)
def test_a_net_flow_out_for_the_sources_flow_in_is_a_flipped_direction(draft, ok):
    r = _one(check(draft, ["北向资金全天净买入62.3亿元，连续5日净流入。"]), "62.3亿元")
    assert (r.verdict, r.error) == (("supported", None) if ok else ("contradicted", "direction_flipped")), r.explanation


def test_a_bare_rate_word_is_the_rate_of_its_claims_measure():
    # (the source names the points' measure 增速, the rate of 规上工业增加值 its claim opens with;
    # the draft names the measure itself)
    src = "全年规模以上工业增加值比上年增长8.1%，增速比上年加快1.3个百分点。分经济类型看，国有控股企业增长5.6%，外商投资企业增长6.9%。"
    r = _one(check("规上工业增加值增长8.1%，比上年快1.3个百分点。", [src]), "1.3个百分点")
    assert r.verdict == "supported", r.explanation


@pytest.mark.parametrize(
    "draft, fig",
    [
        ("新增35家国家级专精特新“小巨人”企业，总数达128家。", "35家"),  # 新增 before the count, the source's after it
        ("政府工作报告：今年GDP增长目标定为6%左右", "6%"),  # a growth target, the source's 增长6%左右 as a goal
    ],
)
def test_a_summary_restating_an_addition_or_a_growth_target_in_other_words_is_supported(draft, fig):
    src = (
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。"
        "新增国家级专精特新“小巨人”企业35家，累计达到128家；高新技术企业总数突破5000家。"
    )
    r = _one(check(draft, [src]), fig)
    assert r.verdict == "supported", r.explanation


def test_muchan_says_per_mu_as_meimu_does():
    src = "今年全省小麦平均亩产达到452.6公斤，比上年每亩增加8.3公斤，总产量再创新高。"
    report = check("全省小麦亩产增加8.3公斤。今年全省小麦每亩平均产量452.6公斤。", [src])
    assert [r.verdict for r in report.results] == ["supported", "supported"], [r.explanation for r in report.results]


def test_a_per_share_amount_in_prose_matches_a_tables_yuan_per_share_column():
    # (基本每股收益（元/股） | 0.38 and 基本每股收益0.38元 print the same amount: the measure says
    # it is per share, whichever way the unit is written)
    rep = check(
        "公司第三季度基本每股收益0.38元，同比增长26.67%。",
        ["单位：元\n项目\t本报告期\t本报告期比上年同期增减\n营业收入\t1,286,437,520.16\t18.42%\n基本每股收益（元/股）\t0.38\t26.67%"],
    )
    assert _one(rep, "0.38元").verdict == "supported"


def test_a_figure_of_trade_with_another_partner_is_a_wrong_subject():
    # (对欧盟进出口963.5亿元 where the source gives 963.5亿元 to the trade with 美国: the partner
    # named in the measure is whose figure it is)
    source = (
        "从贸易伙伴看，东盟继续保持我省第一大贸易伙伴地位，前10个月对东盟进出口1521.4亿元，增长11.2%。"
        "对欧盟进出口1187.9亿元，下降2.4%；对美国进出口963.5亿元，增长1.8%。"
    )
    r = _one(check("对欧盟进出口963.5亿元，下降2.4%。", [source]), "963.5亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject")
    assert "美国" in r.explanation and "欧盟" in r.explanation
    assert _one(check("对欧盟进出口1187.9亿元，下降2.4%。", [source]), "1187.9亿元").verdict == "supported"


def test_another_degree_named_for_a_rate_is_a_wrong_subject():
    # (硕士研究生 and 博士研究生 are opposed parts, as 男性 and 女性 are)
    rep = check(
        "毕业去向落实率为92.4%。其中本科生为89.7%，博士研究生为96.5%。",
        ["毕业去向落实率为92.4%。其中本科生为89.7%，硕士研究生为96.5%，博士研究生为98.0%。"],
    )
    assert (_one(rep, "96.5%").verdict, _one(rep, "96.5%").error) == ("contradicted", "wrong_subject")


def test_a_bare_magnitude_bound_is_round_at_its_own_order():
    # (超千万人次 for 1286.4万人次: a reporter's round bound; 超两千万 is not one for it)
    source = "国庆假期8天，全市共接待游客1286.4万人次，同比增长10.3%。"
    assert _one(check("国庆假期，全市接待游客超千万人次。", [source]), "千万人次").verdict == "supported"
    assert _one(check("国庆假期，全市接待游客超两千万人次。", [source]), "两千万人次").verdict != "supported"


def test_a_temperature_fallen_below_a_mark_is_a_bound_with_its_sign():
    # (跌破零下20℃ and 低于零下20℃ state the same bound below -20 ℃: no slip of 10^0 times)
    rep = check("受寒潮影响，当地最低气温骤降12℃，部分地区低于零下20℃。", ["受寒潮影响，当地最低气温骤降12℃，部分地区跌破零下20℃。"])
    assert _one(rep, "零下20℃").verdict == "supported"


def test_the_share_of_good_air_days_is_one_measure_however_worded():
    # (优良率 in a reporter's words is the bulletin's 优良天数比例; with it paired, 占比87.5% of the
    # water sections is no longer set against it)
    rep = check(
        "2025年，全市空气质量优良天数312天，优良率85.5%，比上年提高2.7个百分点。全市32个国控断面中有28个水质优良，占比87.5%。",
        ["2025年全市环境空气质量优良天数为312天，优良天数比例为85.5%，同比上升2.7个百分点。全市32个国控断面中，水质优良断面28个，占87.5%。"],
    )
    assert [_one(rep, t).verdict for t in ("85.5%", "2.7个百分点", "87.5%")] == ["supported"] * 3


def test_a_base_told_as_the_same_time_last_year_matches_a_tables_column_of_it():
    # (上年同期为10.86亿元 against a table's 上年同期 column: the same base of the same measure)
    rep = check(
        "第三季度，公司实现营业收入12.86亿元，上年同期为10.86亿元，同比增长18.44%。经营活动产生的现金流量净额为-3215.40万元，上年同期为6872.55万元。",
        ["| 项目 | 本报告期 | 上年同期 | 本报告期比上年同期增减(%) |\n|---|---|---|---|\n"
        "| 营业收入（万元） | 128,643.75 | 108,612.39 | 18.44 |\n| 经营活动产生的现金流量净额（万元） | -3,215.40 | 6,872.55 | -146.79 |"],
    )
    assert [_one(rep, t).verdict for t in ("10.86亿元", "6872.55万元")] == ["supported_by_rounding", "supported"]


def test_a_figure_given_another_measure_of_the_same_owner_names_the_measures():
    # (an explanation "for 全省; for 全省" says nothing: with one owner, the measures differ)
    rep = check(
        "截至9月末，全省发电装机容量1.46亿千瓦。前三季度新增装机1186万千瓦，其中新能源新增1042万千瓦。",
        ["前三季度，全省新增发电装机1186万千瓦，其中，新能源新增装机1042万千瓦，占新增装机的87.9%。"],
    )
    r = _one(rep, "1186万千瓦")
    if r.verdict == "contradicted":
        owners = r.explanation.split("figure for ", 1)[-1].split(" it gives")[0].split("; for ")
        assert len(owners) != 2 or owners[0] != owners[1]


def test_a_figure_given_to_another_group_of_the_places_people_is_the_wrong_subject():
    src = "全体居民人均可支配收入24587元。城镇常住居民人均可支配收入36800元，增长5.3%；农村常住居民人均可支配收入18200元，增长7.8%。"
    r = _one(check("城镇居民人均可支配收入18200元，增长5.3%。", [src]), "18200元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject")
    # (农民 are the country's people, as 农村居民 are: the same group in other words)
    r = _one(check("农民人均可支配收入18200元，增长7.8%。", [src]), "18200元")
    assert r.verdict == "supported"


def test_a_bound_in_times_states_the_same_bound_in_percent():
    src = "2017年1-7月行业增长势头更加强劲，涨幅超过100%。"
    r = _one(check("2017年1-7月行业增长势头更加强劲，涨幅超过一倍。", [src]), "一倍")
    assert r.verdict == "supported"


def test_a_slip_of_the_figure_dated_as_the_draft_is_told_as_that_slip():
    src = "报告期内，公司实现营业收入58.36亿元。公司预计2025年营业收入不低于65亿元。"
    r = _one(check("公司预计2025年营业收入不低于56亿元。", [src]), "56亿元")
    assert (r.verdict, r.error) == ("contradicted", "transposed_digits")


def test_a_source_figure_another_figure_of_the_sentence_states_is_not_the_one_meant():
    src = (
        "分三大门类看，1—10月份，采矿业增加值同比增长3.1%，制造业增长7.5%。\n"
        "1—10月份，全省固定资产投资（不含农户）同比增长4.9%。分领域看，基础设施投资增长8.8%，制造业投资增长9.6%，"
        "房地产开发投资下降8.7%。民间投资增长1.2%，占全部投资的比重为52.4%。"
    )
    r = check("投资增长4.9%，其中制造业投资增长9.6%，基础设施投资增长8.8%。", [src])
    assert [x.verdict for x in r.results] == ["supported"] * 3


def test_the_report_period_is_the_period_the_report_names_first():
    src = "中国铁建公布，2019年上半年，公司实现营业收入3529.35亿元。截至报告期末,本集团未完合同额29,421.645亿元。"
    r = _one(check("截至8月30日,公司未完合同额29,421.645亿元。", [src]), "29,421.645亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period")
    r = _one(check("截至6月末,公司未完合同额29,421.645亿元。", [src]), "29,421.645亿元")
    assert r.verdict == "supported"


def test_a_measure_named_with_its_segment_fits_that_segments_figure():
    # (规模以上工业增加值: with the names cut out, 第二产业's 增加值 fitted it exactly and its 16.7%
    # read as the draft's 17.6% with its digits swapped; as printed, 规模以上工业企业's
    # 工业增加值 17.6% fits it closer)
    _, draft = _check_set_case("check_blind53", "s1_gansu_economy_h1_2011.txt", "d1_gansu_h1_2011_summary.txt")
    r = _one(check(draft, [Path(__file__).parent / "data/check_blind53/sources/s1_gansu_economy_h1_2011.txt"]), "17.6%")
    assert r.verdict == "supported"


def test_a_total_over_several_years_is_no_better_fit_for_a_figure_given_none():
    # (华为以1419亿元研发投入领跑 against 华为近10年累计研发7200亿元 and the source's 1419亿元)
    src, draft = _check_set_case("check_blind31", "s2_private_firms_rnd_2021.txt", "d2_private_rnd_2021_summary.txt")
    r = check(draft, [src])
    assert {x.verdict for x in r.results if x.text == "1419亿元"} <= {"supported", "supported_by_rounding"}


def test_the_other_half_of_a_pair_is_checked_as_the_same_things():
    # (新能源汽车产量11.2万辆，…，销量增速仅1.8% against 新能源汽车产销…分别增长16.9%和1.8%: the
    # sales of the same cars, not a brand's 150% that words 销量 alike)
    src, draft = _check_set_case("check_blind12", "s1_auto_market_may_2019.txt", "d1_auto_market_summary.txt")
    assert _one(check(draft, [src]), "1.8%").verdict == "supported"


@pytest.mark.parametrize(
    ("draft", "source", "verdict"),
    [
        ("雅培单品涨幅达两成。", "其中价格涨幅最大的是雅培一阶段900g，从210多元涨到了261元。", "supported_by_rounding"),
        ("全市营业收入增长60%。", "全市营业收入由5亿元增加到8亿元。", "supported_by_rounding"),
        ("全市营业收入增长1.5倍。", "全市营业收入由4亿元增加到10亿元。", "supported_by_rounding"),
        # (a change the ends do not give, or in the other direction, is stated by no source figure)
        ("雅培单品涨幅达四成。", "其中价格涨幅最大的是雅培一阶段900g，从210多元涨到了261元。", "unsupported"),
        ("全市营业收入下降60%。", "全市营业收入由5亿元增加到8亿元。", "unsupported"),
    ],
)
def test_a_change_a_source_states_only_by_its_ends_is_computed(draft, source, verdict):
    (r,) = check(draft, [source]).results
    assert r.verdict == verdict
    if verdict != "unsupported":
        assert "change from the source's" in r.explanation


def test_a_draft_giving_one_rank_where_the_source_gives_two_fixes_no_place():
    src = "保利发展以2602.3亿元的销售额位居榜首，中海地产、华润置地分列第二、三位，销售额分别为2311.5亿元和2105.8亿元。"
    r = _one(check("保利发展以2602.3亿元位列第一，中海地产销售额2311.5亿元，华润置地2105.8亿元。", [src]), "第一")
    assert r.verdict != "contradicted"


def test_gongsi_inside_a_share_word_names_no_one_the_draft_left_out():
    # (占公司总股本 against the draft's 占总股本 read as a name set inside its words, and the one
    # source share worded 占总股本, another holder's 5.00%, taken for the draft's)
    src = (
        "截至公告日，恒宇投资持有公司股份1.68亿股，占公司总股本的40.02%；其一致行动人李明持有公司股份2100万股，占总股本的5.00%。\n"
        "同日，公司披露回购进展公告。截至11月25日，公司通过集中竞价方式累计回购股份386.5万股，占公司总股本的0.92%，"
        "最高成交价为28.66元/股，最低成交价为22.15元/股，成交总金额为9865.3万元（不含交易费用）。"
    )
    draft = (
        "恒宇科技11月26日公告，控股股东恒宇投资拟在3个月内减持不超过1260万股，占公司总股本的比例不超过3%。"
        "恒宇投资目前持股1.68亿股，持股比例40.02%。\n"
        "公司回购进展方面，截至11月25日，已累计回购386.5万股，占总股本0.92%，成交总金额近9900万元，成交价在22.15元至28.66元之间。"
    )
    assert _one(check(draft, [src]), "0.92%").verdict == "supported"


def test_a_level_as_a_multiple_of_a_base_is_the_same_in_times_or_percent():
    src = "省内机场运送旅客126.7万人次，同比增长12.4%，恢复至2019年同期的118%。"
    assert _one(check("机场运送旅客126.7万人次，已恢复至2019年同期的1.18倍。", [src]), "1.18倍").verdict == "supported"
    assert _one(check("机场运送旅客126.7万人次，已恢复至2019年同期的1.28倍。", [src]), "1.28倍").verdict != "supported"


def test_a_number_given_to_another_named_subject_of_a_list_is_the_wrong_subject():
    src = "“十四五”期间，保障性租赁住房“配额”较多的省市包括广东（129.7万套）、浙江（120万套）、江苏（50万套）、上海（47万套）、北京（40万套）。"
    r = _one(check("从各地“配额”看，浙江、广东居前，江苏47万套。", [src]), "47万套")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject")
    # (a number the draft words as a difference, not as the subject's own measure, moved nowhere)
    src = "丰田汽车上半年销量为332万辆；现代起亚上半年销量为319万辆，与丰田汽车仅相差13万辆。"
    r = _one(check("丰田上半年全球交付量332万辆，现代起亚为319万辆，两者仅差13万辆。", [src]), "13万辆")
    assert r.verdict != "contradicted"


def test_a_stock_index_is_matched_by_its_short_name_and_not_by_another_index_or_month():
    src = (
        "截至收盘，上证指数报3029.67点，上涨0.86%；深证成指报9732.58点，上涨1.24%；创业板指报1912.36点，上涨1.57%。"
        "从月度表现看，沪指11月累计上涨0.36%，创业板指11月累计下跌1.74%。"
    )
    draft = "沪指收于3029.67点，涨0.86%；深证成指涨1.24%；创业板指涨约1.6%。"
    rep = check(draft, [src])
    assert _one(rep, "0.86%").verdict == "supported"  # (not 沪指's month, 0.36%)
    assert _one(rep, "1.6%").verdict in ("supported", "supported_by_rounding")  # (创业板指报 names 创业板指)


_FUJIAN = (
    "前三季度我省外贸进出口1.46万亿元 同比增长4.2%\n"
    "10月18日，记者从福州海关、厦门海关获悉，今年前三季度，我省货物贸易进出口总值1.46万亿元，同比增长4.2%，增速比上半年提高1.3个百分点。"
    "前三季度，我省对东盟进出口3046.8亿元，增长9.3%，占全省外贸总值的20.9%。"
)


def test_the_place_of_an_office_a_release_came_from_is_not_whose_figures_it_gives():
    r = _one(check("今年前三季度福建货物贸易进出口总值1.46万亿元，增速较上半年加快1.3个百分点。", [_FUJIAN]), "1.3个百分点")
    assert r.verdict == "supported"  # (not given to 厦门, of 厦门海关)


def test_trade_is_named_as_a_whole_or_with_one_partner_in_other_words():
    rep = check("福建前三季度外贸近1.5万亿元。东盟稳居福建第一大贸易伙伴，前三季度双边贸易额约3047亿元，增长9.3%。", [_FUJIAN])
    assert _one(rep, "1.5万亿元").verdict in ("supported", "supported_by_rounding")  # (外贸 ~ 外贸进出口)
    assert _one(rep, "3047亿元").verdict in ("supported", "supported_by_rounding")  # (双边贸易额 ~ 对东盟进出口)
    assert _one(rep, "9.3%").verdict == "supported"


_GOLDEN_WEEK = (
    "国庆假期我省接待游客5263.8万人次 实现旅游收入387.6亿元\n"
    "10月8日，记者从省文化和旅游厅获悉，10月1日至7日国庆假期，全省共接待国内游客5263.8万人次，同比增长7.9%；"
    "实现国内旅游收入387.6亿元，同比增长6.3%，较2019年同期增长21.7%；游客人均花费736.4元。"
)


def test_a_scope_opening_a_measure_is_no_owner_and_a_years_base_is_its_same_time():
    # (国内旅游收入 is domestic tourism's revenue, not 国内's; 较2019年 against 较2019年同期 is one base)
    r = _one(check("国庆假期陕西旅游收入较2019年增长21.7%。", [_GOLDEN_WEEK]), "21.7%")
    assert r.verdict == "supported"


def test_what_visitors_spend_is_tourism_revenue():
    r = _one(check("国庆假期，全省国内游客总花费387.6亿元，同比增长6.3%。", [_GOLDEN_WEEK]), "387.6亿元")
    assert r.verdict == "supported"


def test_a_vehicles_market_is_the_vehicle_and_not_a_narrower_kind_of_it():
    src = (
        "10月，全国乘用车市场零售226.9万辆，同比增长11.3%，环比增长6.6%。"
        "从动力类型看，10月常规燃油车零售107.4万辆，同比下降19.6%；新能源乘用车零售119.5万辆，同比增长56.7%。"
    )
    rep = check("10月全国乘用车零售约227万辆，比去年同期增长11.3%。", [src])
    assert [r.verdict for r in rep.results] == ["supported", "supported"]


def test_a_word_set_inside_a_measure_keeps_it_close():
    from factx.check import _sim

    assert _sim("乘用车零售", "乘用车市场零售") > 0.9 > _sim("乘用车零售", "常规燃油车零售")


def test_the_start_of_a_change_over_a_span_of_years_is_the_first_years():
    src = (
        "云图智能成立于2016年。招股书显示，2021年至2023年，公司营业收入分别为4.82亿元、7.36亿元和10.15亿元，"
        "2022年、2023年分别同比增长52.7%和37.9%，三年间营收翻了一番多。"
    )
    rep = check("业绩方面，2021年至2023年，云图智能营收从4.82亿元增至10.2亿元，2023年比去年同期增加37.9%。", [src])
    assert [r.verdict for r in rep.results][:2] == ["supported", "supported_by_rounding"]


def test_the_whole_city_of_a_citys_bulletin_is_that_city():
    src = (
        "2024年徐州市生态环境状况公报发布 全市优良天数比率达80.6%\n\n"
        "6月4日，徐州市生态环境局发布《2024年徐州市生态环境状况公报》。公报显示，2024年全市生态环境质量持续改善。\n\n"
        "空气质量方面，2024年全市环境空气质量优良天数为295天，优良天数比率为80.6%。"
        "细颗粒物（PM2.5）年均浓度由上年的41.2微克/立方米降至36.8微克/立方米，同比下降10.7%。\n\n"
        "市生态环境局有关负责人表示，2025年徐州将力争PM2.5年均浓度控制在35微克/立方米以内。"
    )
    r = _one(check("徐州去年PM2.5降至36.8微克/立方米。", [src]), "36.8微克/立方米")
    assert r.verdict == "supported"  # (全市 is 徐州; 35 is its target for another year)


def test_an_undated_figure_set_in_its_paragraphs_period_is_wrong_period_when_the_source_dates_it_otherwise():
    # (the source states the measure for two periods; the draft's paragraph sets the figure in
    # the month, but its number is the year-to-date one)
    src = (
        "10月份，全国工业生产者购进价格同比下降3.3%，环比下降0.1%。"
        "1—10月平均，工业生产者出厂价格比上年同期下降2.1%，工业生产者购进价格下降2.3%。"
    )
    draft = "工业领域，10月份工业生产者出厂价格同比下降2.9%；工业生产者购进价格同比下降2.3%。"
    r = _one(check(draft, [src]), "2.3%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    # (the month's own figure stands; so does one the paragraph dates after it, nor does a
    # headline's period carry)
    assert _one(check(draft.replace("2.3%", "3.3%"), [src]), "3.3%").verdict == "supported"
    later = "工业生产者购进价格同比下降3.3%，1—10月平均下降2.3%。"
    assert _one(check(later, [src]), "3.3%").verdict == "supported"
    headed = "10月份工业价格回落\n工业生产者购进价格同比下降2.3%。"
    assert _one(check(headed, [src]), "2.3%").verdict == "supported"


def test_a_time_opening_the_clause_is_no_part_of_the_whole_named_after_it():
    # (年末全县: the whole county at the year's end, which its bulletin names 安平县)
    src = "安平县2023年国民经济和社会发展统计公报\n年末全县常住人口52.3万人，比上年增加0.4万人。"
    for draft in ("去年末，安平县常住人口52.3万人，比上年增加0.4万人。", "安平县常住人口比上年增加0.4万人。"):
        r = _one(check(draft, [src]), "0.4万人")
        assert r.verdict == "supported", r.explanation


def test_a_measure_read_as_an_owner_is_not_cut_out_of_other_measures_as_a_name():
    src = (
        "年旅客吞吐量在1000万人次以上的有7个，完成旅客吞吐量占全部机场旅客吞吐量的51.3%；"
        "北京、上海和广州三大城市机场旅客吞吐量占全部机场旅客吞吐量的36.5%。"
    )
    draft = "年旅客吞吐量1000万人次以上的机场有7个，合计占全部机场旅客吞吐量的51.3%；36.5%的旅客吞吐量集中在北京、上海和广州三大城市机场。"
    r = _one(check(draft, [src]), "36.5%")
    assert r.verdict == "supported", r.explanation


def test_a_segment_carried_from_a_sentence_before_contradicts_no_owner():
    # (neither sentence names whose figure it is: each side's segment was carried there)
    src = "低温酸奶实现营业收入8.06亿元，同比增长4.3%。奶粉业务实现营业收入4.21亿元，有所下滑。奶酪及其他产品实现营业收入2.52亿元，同比增长36.2%。"
    draft = "低温酸奶实现营业收入8.06亿元，同比增长4.3%。奶酪及其他产品同比增长36.2%，是增速最快的品类。"
    r = _one(check(draft, [src]), "36.2%")
    assert r.verdict == "supported", r.explanation


def test_a_segment_named_by_the_source_paragraphs_heading_is_no_rival_of_the_firm():
    src = (
        "芯越微电子股份有限公司2025年第三季度业绩报告\n\n一、主要经营数据\n第三季度，公司实现营业收入15.2亿元，同比增长23.6%。\n"
        "（二）模拟芯片。第三季度实现收入5.61亿元，同比增长18.2%。\n"
        "（三）微控制器（MCU）。第三季度实现收入3.27亿元，同比下降4.6%，毛利率34.2%。"
    )
    r = _one(check("微控制器业务则受价格战拖累，收入同比下降4.6%。", [src]), "4.6%")
    assert r.verdict == "supported", r.explanation


def test_an_owners_own_units_described_not_named_contradict_no_owner():
    src = (
        "云川机场集团2024年运输生产情况通报\n"
        "一、旅客运输\n全年集团所属机场共完成旅客吞吐量3862.47万人次。\n\n"
        "三、航班保障\n全年完成航班起降26.73万架次，同比增长9.2%。"
        "集团持续优化航班时刻资源配置，航班放行正常率由上年的89.21%提高到91.36%，提高2.15个百分点。"
    )
    draft = "集团所属机场去年的航班放行正常率为91.36%，比上年提高2.15个百分点。"
    for fig in ("91.36%", "2.15个百分点"):
        r = _one(check(draft, [src]), fig)
        assert r.verdict == "supported", r.explanation


def test_a_bare_measure_is_of_what_its_clause_names_before_it():
    src = "分品类看，家电成交额2034亿元，居各品类首位，同比增长27.5%；服装服饰成交额1392亿元。今年成交额186亿元的直播间有3个。"
    draft = "家电成为今年最热销的品类，成交额2034亿元，同比增长27.5%。"
    r = _one(check(draft, [src]), "2034亿元")
    assert r.verdict == "supported", r.explanation


def test_the_year_befores_level_stated_as_this_years_is_the_wrong_period():
    src = (
        "全区学前教育毛入园率为91.2%，比上年的89.6%提高1.6个百分点。"
        "城区细颗粒物年均浓度为31.4微克/立方米，上年为35.2微克/立方米。"
    )
    draft = "全区学前教育毛入园率为89.6%，比上年提高1.6个百分点。城区细颗粒物年均浓度为35.2微克/立方米。"
    for fig in ("89.6%", "35.2微克/立方米"):
        r = _one(check(draft, [src]), fig)
        assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    # stated as the year before's, it is supported
    draft = "上年全区学前教育毛入园率为89.6%。城区细颗粒物年均浓度上年为35.2微克/立方米。"
    for fig in ("89.6%", "35.2微克/立方米"):
        assert _one(check(draft, [src]), fig).verdict == "supported"


def test_graduating_classes_of_other_years_are_other_periods():
    src = "2023届全省普通高校毕业生达61.2万人，比上届增加2.3万人。"
    draft = "2022届全省普通高校毕业生达61.2万人。"
    r = _one(check(draft, [src]), "61.2万人")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation


def test_names_of_one_kind_told_apart_by_their_heads_are_rivals():
    src = "分区域看，永华分中心归集额23.6亿元，占全市的21.2%；兴华分中心归集额17.3亿元。"
    draft = "兴华分中心归集额23.6亿元。"
    r = _one(check(draft, [src]), "23.6亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    # (the same name with its ending left out is still the same)
    r = _one(check("永华归集额23.6亿元。", ["永华分中心归集额23.6亿元。"]), "23.6亿元")
    assert r.verdict == "supported", r.explanation


def test_a_weeks_change_is_not_the_months():
    src = "从月度表现看，深成指10月累计上涨2.14%，创业板指10月累计下跌0.87%。"
    r = _one(check("深成指本周累计上涨2.14%。", [src]), "2.14%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("深成指10月累计上涨2.14%。", [src]), "2.14%").verdict == "supported"


def test_figures_naming_no_measure_are_told_apart_by_their_owner():
    src = "纪录片《江河万里》以2.15亿元排名第三，《远山》以1.08亿元排名第四，《灯塔》以7400万元排名第五。"
    draft = "《江河万里》以2.51亿元排名第三，《远山》和《灯塔》分别以1.08亿元和0.74亿元位列第四、第五。"
    rep = check(draft, [src])
    r = _one(rep, "2.51亿元")
    assert r.verdict == "contradicted", r.explanation
    for fig in ("第四", "第五", "1.08亿元", "第三"):
        assert _one(rep, fig).verdict in ("supported", "supported_by_rounding"), (fig, _one(rep, fig).explanation)


def test_a_value_moved_from_another_owner_is_the_wrong_subject():
    # (check_blind9, a read set: the draft gives 华晨中国 the fall the source gives 金杯汽车's sales;
    # the source's own figure for 华晨中国 fits the draft's words only loosely)
    src, draft = _check_set_case("check_blind9", "s2_brilliance_jinbei_2015.txt", "d2_brilliance_summary.txt")
    r = _one(check(draft, [src]), "41.15%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation


def test_a_paragraphs_period_in_chinese_numerals_sets_an_undated_figure_in_it():
    src = (
        "前三季度，该行实现营业收入412.3亿元，同比增长4.2%；净利润160.4亿元，同比增长7.9%。"
        "单季度看，第三季度该行实现营业收入133.1亿元，同比下降1.1%；净利润52.6亿元，同比增长5.4%。"
    )
    draft = "前三季度，该行实现营业收入412.3亿元，同比增长4.2%；净利润160.4亿元，同比增长5.4%。"
    r = _one(check(draft, [src]), "5.4%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation


def test_the_start_of_a_change_from_the_year_before_stated_as_this_years_level_is_the_wrong_period():
    src = "年末全区每千人口执业医师数由上年的3.21人提高到3.38人。"
    r = _one(check("截至年末，全区每千人口执业医师数为3.21人。", [src]), "3.21人")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert _one(check("全区每千人口执业医师数由上年的3.21人提高到3.38人。", [src]), "3.21人").verdict == "supported"


def test_items_of_a_list_each_named_by_its_own_label_keep_their_own_owner():
    # (check_blind90: 其中本科生7480元，硕士生一万零二百五十元，博士生14600元 — 博士生 is not 硕士's,
    # so the source's 博士毕业生14600元 supports it)
    src, draft = _check_set_case("check_blind90", "s1_gradjobs.txt", "d1_gradjobs_summary.txt")
    r = _one(check(draft, [src]), "14600元")
    assert r.verdict == "supported", r.explanation


@pytest.mark.parametrize(
    "prev, local, parallel",
    [
        ("，硕士生", "，博士生", True),  # opposed heads
        ("其中专科生", "，本科生", True),
        ("，一线城市", "，二线城市", True),  # numerals
        ("长兴分中心", "，吴兴分中心", True),  # heads alone differ
        ("营收", "，净利润", False),  # two measures of one owner
        ("，硕士生", "，同比增长", False),
        ("，硕士生", "，其中博士生人数为", False),  # the label is not all that stands before the figure
    ],
)
def test_parallel_labels(prev, local, parallel):
    from factx.check import _parallel_labels

    assert _parallel_labels(prev, local) is parallel


_LISTED = "金力泰、渝三峡A、乐通股份、西北化工今年中期净利润分别下滑35.57%、21.22%、40.79%和29.41%。"


@pytest.mark.parametrize(
    "draft, verdict, error",
    [
        ("西北化工中期净利润降幅达40.79%。", "contradicted", "wrong_subject"),  # 乐通股份's figure
        ("乐通股份中期净利润下滑40.79%。", "supported", None),
        ("渝三峡A、乐通股份中期净利润分别下滑21.22%和40.79%。", "supported", None),  # a list of its own
    ],
)
def test_a_figure_of_a_listed_item_given_to_another_item_of_the_list_is_the_wrong_subject(draft, verdict, error):
    _assert_verdict(draft, _LISTED, "40.79%", verdict, error)


def test_a_figure_of_a_listed_group_given_to_another_group_is_the_wrong_subject():
    src = "调查显示，70后、80后、95后考虑在夏季旅行中体验夜游项目的比例分别为24%、34%、41%。"
    r = _one(check("70后考虑体验夜游项目的比例为24%，80后为41%。", [src]), "41%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation
    assert "95后" in r.explanation and "34%" in r.explanation


_PAIRS = "据悉，广东省过去五年主动加快落后产能淘汰步伐。该省累计淘汰落后水泥产能5782万吨、落后钢铁产能1275万吨、落后造纸产能36万吨，关停小火电1209万千瓦。"


@pytest.mark.parametrize(
    "draft, verdict, error",
    [
        ("广东五年来累计淘汰落后钢铁产能5782万吨、落后造纸产能36万吨。", "contradicted", "wrong_subject"),
        ("广东五年来累计淘汰落后水泥产能5782万吨。", "supported", None),
        ("广东五年来淘汰水泥产能5782万吨。", "supported", None),
    ],
)
def test_a_number_put_beside_the_other_measure_of_a_listed_pair_is_the_wrong_subject(draft, verdict, error):
    _assert_verdict(draft, _PAIRS, "5782万吨", verdict, error)


def test_a_part_counted_within_a_whole_is_not_a_listed_pair():
    r = _one(check("全市国省考断面中有28个达到或优于Ⅲ类。", ["水环境方面，全市29个国省考断面中有28个达到或优于Ⅲ类。"]), "28个")
    assert r.verdict == "supported", r.explanation


_WHOLE_AND_PART = "2024年，公司新业务价值为312.64亿元，同比增长18.4%，其中下半年新业务价值同比增长26.7%。"


def test_the_whole_years_figure_given_to_a_part_of_the_year_the_source_states_apart_is_the_wrong_period():
    draft = "2024年，公司新业务价值为312.64亿元，同比增长18.4%，其中下半年新业务价值同比增长18.4%。"
    rs = [r for r in check(draft, [_WHOLE_AND_PART]).results if r.text == "18.4%"]
    assert [(r.verdict, r.error) for r in rs] == [("supported", None), ("contradicted", "wrong_period")]
    assert "for 下半年" in rs[1].explanation and "26.7%" in rs[1].explanation


_YEAR_AND_QUARTER = (
    "2024年，某某股份营业收入为120.5亿元，净利润为8.36亿元。"
    "其中第四季度，公司营业收入为41.2亿元，净利润为2.05亿元。"
)


def test_the_whole_years_figure_given_to_the_quarter_stated_in_a_sentence_of_its_own_is_the_wrong_period():
    # (the quarter's own figure sits in another sentence of the source than the year's)
    draft = "2024年，某某股份营业收入为120.5亿元。其中第四季度，公司净利润为8.36亿元。"
    r = _one(check(draft, [_YEAR_AND_QUARTER]), "8.36亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    assert "2.05亿元" in r.explanation
    r = _one(check("其中第四季度，公司净利润为2.05亿元。", [_YEAR_AND_QUARTER]), "2.05亿元")
    assert r.verdict == "supported", r.explanation


def test_a_periodic_reports_name_is_the_span_it_covers():
    src = "某某股份公布2024年三季报，经营现金流净额为15.3亿元。"
    r = _one(check("第三季度，某某股份经营现金流净额为15.3亿元。", [src]), "15.3亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    r = _one(check("前三季度，某某股份经营现金流净额为15.3亿元。", [src]), "15.3亿元")
    assert r.verdict == "supported", r.explanation


@pytest.mark.parametrize("text, key", [
    ("2024年三季报", ("2024", (1, 9))), ("2023年半年报", ("2023", (1, 6))), ("一季报", (None, (1, 3))),
    ("二零二一年上半年", ("2021", (1, 6))), ("二〇一九年", ("2019", None)),
])
def test_period_keys_of_report_names_and_years_in_chinese_digits(text, key):
    assert period_key(text) == key


def test_a_year_written_in_chinese_digits_dates_the_figure_in_its_bracket():
    src = "2022年上半年，某品牌分部毛利率和经营溢利率分别录得55.1%（二零二一年上半年：52.8%）及22.0%（二零二一年上半年：23.1%）的水平。"
    r = _one(check("2022年上半年，某品牌分部毛利率为55.1%，经营溢利率为23.1%。", [src]), "23.1%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation


def test_last_years_level_for_a_figure_the_source_states_for_this_half_year_is_the_wrong_period():
    src = "上半年某某水泥综合毛利率25.2%，比去年同期提升6.27个百分点。"
    r = _one(check("某某水泥综合毛利率较去年同期提升6.27个百分点，去年同期毛利率为25.2%。", [src]), "25.2%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation


def test_a_bare_rate_is_the_rate_of_the_measure_its_sentence_names():
    src = "初步核算，前三季度国内生产总值529971亿元，同比增长6.7%。分季度看，一季度同比增长6.7%，二季度增长6.7%，三季度增长6.7%。"
    draft = "前三季度我国国内生产总值达53万亿元，同比增长6.7%，一季度、二季度、三季度增速均为6.7%。"
    rs = [r for r in check(draft, [src]).results if r.text == "6.7%"]
    assert [r.verdict for r in rs] == ["supported", "supported"], [r.explanation for r in rs]


def test_a_change_from_a_level_dated_in_chinese_digits_and_priced_in_yuan_is_dated_by_its_sentence():
    # (由二零二一年上半年的人民币59.1亿元减少1.9%: the year dates the start, not the change)
    src = "2022年上半年，某品牌整体经营溢利减少1.9%至人民币57.9亿元（二零二一年上半年：人民币59.1亿元）。"
    draft = "2022年上半年，某品牌整体经营溢利由二零二一年上半年的人民币59.1亿元减少1.9%至人民币57.9亿元。"
    assert _one(check(draft, [src]), "1.9%").verdict == "supported"


def test_last_years_months_against_the_same_months_the_source_names_without_a_year_are_the_wrong_period():
    src = "初步核算，上半年全市实现地区生产总值1267.24亿元，同比增长7.5%。"
    r = _one(check("初步核算，去年上半年全市实现地区生产总值1267.24亿元。", [src]), "1267.24亿元")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    r = _one(check("上半年全市实现地区生产总值1267.24亿元，比去年上半年增长7.5%。", [src]), "1267.24亿元")
    assert r.verdict == "supported", r.explanation
    # (a source whose sentence names its year earlier is no text's own year)
    src = "2021年公司营业收入2072亿元，其中某物流在第四季度并表贡献归母净利润约3.7亿元。"
    r = _one(check("去年第四季度并表的某物流贡献归母净利润约3.7亿元。", [src]), "3.7亿元")
    assert r.verdict == "supported", r.explanation


def test_an_ordinal_list_written_short_names_each_part():
    # (第一、第三产业…分别为: 第一产业 is named, though never in full)
    src = "其中：第一产业增加值23.3亿元，增长5.2%；第二产业增加值129.8亿元，增长7.1%；第三产业增加值101.4亿元，增长3%。"
    draft = "第二产业增加值129.8亿元，增长7.1%；第一、第三产业增加值分别为23.3亿元和101.4亿元，分别增长5.2%和3%。"
    rs = check(draft, [src]).results
    assert [(r.text, r.verdict) for r in rs if r.verdict != "supported"] == [], [r.explanation for r in rs]


def test_a_count_that_scopes_another_figure_is_not_dated_by_it():
    # (30个重点城市: the cities, not the month, whose sales are counted)
    src = "1-11月，30个重点城市新房累计成交面积约1.26亿平方米，同比下降17.5%。"
    r = _one(check("11月，30个重点城市新房成交面积超过1350万平方米。", [src]), "30个")
    assert r.verdict == "supported", r.explanation


def test_the_end_of_a_quarter_is_no_part_of_the_name_after_it():
    # (二季度末全省…: 末 belongs to the period; 末全省 is no rival of the province)
    src = "二季度末，甘肃农村外出务工劳动力总量512.4万人，比上年同期增加12.1万人。"
    r = _one(check("就业方面，二季度末全省农村外出务工劳动力512.4万人。", [src]), "512.4万人")
    assert r.verdict == "supported", r.explanation


def test_the_whole_years_figure_and_its_parts_own_stay_supported():
    rs = check("2024年，公司新业务价值同比增长18.4%，下半年增长26.7%。", [_WHOLE_AND_PART]).results
    assert [r.verdict for r in rs] == ["supported", "supported"]


_TWO_BASES_SRC = "假期全省星级饭店平均客房出租率78.6%，比去年同期提高4.3个百分点，比2019年同期提高6.1个百分点。"


@pytest.mark.parametrize(
    "draft, verdict, error",
    [
        ("假期全省星级饭店平均客房出租率78.6%，比去年同期提高6.1个百分点。", "contradicted", "wrong_period"),
        ("假期全省星级饭店平均客房出租率78.6%，比2019年同期提高6.1个百分点。", "supported", None),
    ],
)
def test_a_change_against_a_dated_base_beside_one_against_last_year_is_not_the_yoy_change(draft, verdict, error):
    _assert_verdict(draft, _TWO_BASES_SRC, "6.1个百分点", verdict, error)


def test_last_weeks_level_stated_as_this_weeks_is_the_wrong_period():
    src = "生猪价格继续回落。本周全国生猪平均出场价格为16.42元/公斤，较上周的16.81元/公斤下跌2.3%。"
    r = _one(check("本周全国生猪出场均价为16.81元/公斤，环比下跌2.3%。", [src]), "16.81元/公斤")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period"), r.explanation
    r = _one(check("全国生猪出场均价上周为16.81元/公斤，本周降至16.42元/公斤。", [src]), "16.81元/公斤")
    assert r.verdict == "supported", r.explanation


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("东南亚市场", "东南亚地区", True),  # one region, as a market or an area
        ("长三角区域", "长三角地区", True),
        ("华东地区", "华南地区", False),
        ("国内市场", "海外市场", False),
    ],
)
def test_a_region_named_as_a_market_or_an_area_is_one_name(a, b, same):
    from factx.check import _same_name

    assert _same_name(a, b) is same


_OWN_CLAUSES = (
    "同时，0周岁至17周岁未成年人阅读表现亮眼，图书阅读率达86.6%，人均阅读量11.65本，远超成年国民。"
    "其中，14周岁至17周岁青少年的图书阅读量最多，人均阅读量达13.73本。"
)


def test_a_number_set_after_the_words_of_another_source_figure_is_moved_there():
    draft = "同时，0周岁至17周岁未成年人图书阅读率达86.6%，人均阅读量11.65本。其中，14周岁至17周岁青少年的图书阅读量最多，人均阅读量达11.65本。"
    rs = [r for r in check(draft, [_OWN_CLAUSES]).results if r.text == "11.65本"]
    assert [(r.verdict, r.error) for r in rs] == [("supported", None), ("contradicted", "wrong_subject")]
    assert "13.73本" in rs[1].explanation


def test_words_that_only_name_the_measure_are_no_clause_of_another_figure():
    src = "公司第三季度实现归属于上市公司股东的净利润2.36亿元；年初至报告期末，归属于上市公司股东的净利润5.87亿元。"
    r = _one(check("今年第三季度，公司归属于上市公司股东的净利润2.36亿元。", [src]), "2.36亿元")
    assert r.verdict == "supported", r.explanation
    r = _one(check("未成年人人均阅读量11.65本，其中14周岁至17周岁青少年人均阅读量达13.73本。", [_OWN_CLAUSES]), "11.65本")
    assert r.verdict == "supported", r.explanation


def test_a_measure_carried_from_the_sentence_before_names_none_for_a_named_subjects_figure():
    src = (
        "分设区市看，南昌市实际使用外资7.8亿美元，居全省第一位，占全省的33.1%；赣州市实际使用外资4.6亿美元，"
        "同比增长12.9%，居全省第二位；九江市实际使用外资3.8亿美元，居全省第三位。"
    )
    draft = "欧盟实际投资1.4亿美元，其中来自德国的投资6200万美元。\n\n分地区看，南昌市以7.8亿美元居全省第一位，赣州市以4.6亿美元居第二位。"
    report = check(draft, [src])
    assert [_one(report, t).verdict for t in ("7.8亿美元", "4.6亿美元", "第二位")] == ["supported"] * 3


def test_a_carried_measure_does_not_excuse_a_figure_the_sources_give_another_subject():
    src = "第三产业增加值376.26亿元，增长7.3%。其中，金融业增长4.8%，信息传输、软件和信息技术服务业增长13.7%。"
    r = _one(check("第三产业增加值376.26亿元，增长7.3%。其中，金融业增长13.7%。", [src]), "13.7%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject"), r.explanation


def test_two_figures_of_a_sentence_given_each_others_number_are_a_swapped_pair():
    src = "经国务院批准，财政部向北京市单独安排了中央专项彩票公益金预算27.5亿元用于北京奥运会相关项目，实际拨款27.03亿元。"
    rs = check("此外，财政部向北京市安排了中央专项彩票公益金预算27.03亿元，实际拨款27.5亿元。", [src]).results
    assert [(r.text, r.verdict, r.error) for r in rs] == [
        ("27.03亿元", "contradicted", "before_after_swapped"),
        ("27.5亿元", "contradicted", "before_after_swapped"),
    ]


def test_a_total_over_a_run_of_days_is_not_one_days_figure():
    src = (
        "国家邮政局监测数据显示，10月21日至11月11日，全国邮政快递企业共揽收快递包裹127.8亿件，日均揽收5.81亿件。"
        "其中，11月11日当天揽收快递包裹7.26亿件，同比增长9.5%。"
    )
    _assert_verdict(
        "10月21日至11月11日，全国邮政快递企业共揽收快递包裹127.8亿件，同比增长9.5%。", src, "9.5%", "contradicted", "wrong_period"
    )
    _assert_verdict("11月11日当天，全国邮政快递企业揽收快递包裹7.26亿件，同比增长9.5%。", src, "9.5%", "supported", None)


@pytest.mark.parametrize(
    "text, key",
    [("10月21日至11月11日", (None, (10, 11))), ("11月11日当天", (None, (11, 11))), ("3月1日至3月31日", (None, (3, 3)))],
)
def test_period_key_of_a_run_of_days_spans_its_months(text, key):
    from factx.check import period_key

    assert period_key(text) == key


def test_a_span_named_earlier_in_the_sentence_dates_the_figures_after_it():
    src = "在2020年1月至8月期间，COVID-19组约1/5(19.5%)的儿童出现近视，而在3年期间，前COVID-19组约1/3(37%)的儿童出现近视。"
    moved = "在2020年1月至8月期间，COVID-19组约五分之一(19.5%)的儿童出现近视，而在8个月期间，前COVID-19组约1/3(37%)的儿童出现近视。"
    assert _one(check(moved, [src]), "1/3").error == "wrong_period"
    kept = moved.replace("8个月期间", "3年期间")
    assert {r.verdict for r in check(kept, [src]).results} == {"supported"}


@pytest.mark.parametrize(
    "source, verdict",
    [("全市19.5%的企业实现盈利。", "contradicted"), ("全市34.2%的企业实现盈利。", "supported"), ("全市三分之一的企业实现盈利。", "supported")],
)
def test_a_fraction_reaches_halfway_to_the_next_simple_fraction(source, verdict):
    # (约1/3 is 29.2%–37.5%, not 16.7%–50% as its numerator's last place would make it)
    assert _one(check("全市约1/3的企业实现盈利。", [source]), "1/3").verdict == verdict


_TWO_RATES = (
    "2023年全市居民人均可支配收入达到5.2万元，比上年增加2600元，增长5.3%，增速比上年提高0.4个百分点。"
    "全市居民人均消费支出3.1万元，比上年增加1800元，增长6.2%，增速比上年回落0.4个百分点。"
)


@pytest.mark.parametrize(
    "draft, verdict, error",
    [
        # the draft copies the 消费支出 sentence, whose place holds 回落0.4: flipped, though the
        # other sentence says 提高0.4个百分点 in the very words of the draft
        ("全市居民人均消费支出3.1万元，比上年增加1800元，增长6.2%，增速比上年提高0.4个百分点。", "contradicted", "direction_flipped"),
        ("全市居民人均可支配收入达到5.2万元，比上年增加2600元，增长5.3%，增速比上年提高0.4个百分点。", "supported", None),
    ],
)
def test_place_in_copied_sentence_holds_the_number_turned(draft, verdict, error):
    _assert_verdict(draft, _TWO_RATES, "0.4个百分点", verdict, error)


def test_a_headline_dropping_the_qualifier_does_not_hide_the_bodys_figure():
    # the headline names the measure exactly, without 超过; the body's figure, under a longer
    # name, states the draft's 超过2000万份 word for word
    src = (
        "江城乐园五年售出300万个玩偶、2000万份米饭\n"
        "开园五年来，供应米饭总计超过2000万份，玩偶累计售出300万个。"
    )
    assert _one(check("米饭也超过2000万份。", [src]), "2000万份").verdict == "supported"
    assert _one(check("米饭也近2000万份。", [src]), "2000万份").verdict == "contradicted"


def test_a_negative_level_keeps_its_sign_whichever_way_it_moved():
    src = "前三季度，经营活动产生的现金流量净额为-3.2亿元，相比上年同期的正值1.5亿元，由净流入转为净流出。"
    draft = "前三季度经营活动现金流量净额为-3.2亿元，上年同期则为正值1.5亿元。"
    assert _one(check(draft, [src]), "-3.2亿元").verdict == "supported"
    assert _one(check(draft.replace("-3.2亿元", "-2.3亿元"), [src]), "-2.3亿元").verdict == "contradicted"


def test_a_period_the_figure_is_said_to_equal_is_a_base_not_its_period():
    src = "前三季度，规模以上工业增加值同比增长6.0%。分门类看，采矿业下降1.2%，制造业增长6.9%。"
    draft = "前三季度，规上工业增加值同比增长6.0%，与上半年持平，其中制造业增长6.9%。"
    assert _one(check(draft, [src]), "6.9%").verdict == "supported"


def test_a_bracketed_note_naming_a_year_does_not_date_the_figure_after_it():
    src = "2020年末，全市共有法人单位12.6万个，比2015年末(2015年是上一次普查年份，下同)增加4.1万个，增长48.2%。"
    draft = "截至2020年末，全市法人单位共12.6万个，较2015年末增加4.1万个，增长48.2%。"
    assert _one(check(draft, [src]), "4.1万个").verdict == "supported"


def test_each_part_of_a_ratio_is_the_sector_of_its_place():
    # the parts of 三次产业结构 are named by their places; a sector named earlier in the draft's
    # sentence owns none of them, and a part moved to another place is another sector's
    src = "临江市经济运行简况。2024年，全市三次产业结构为7.5:41.2:51.3。"
    draft = "临江市2024年第三产业发展较快，三次产业结构为7.5:41.2:51.3。"
    assert [r.verdict for r in check(draft, [src]).results] == ["supported"] * 3
    moved = _one(check(draft.replace("7.5:41.2", "41.2:7.5"), [src]), "41.2")
    assert (moved.verdict, moved.error) == ("contradicted", "wrong_subject")


def test_a_measure_naming_its_own_sector_is_not_the_sector_named_before():
    src = "临江市经济运行简况。2024年，全市第一产业增加值52.6亿元，第二产业增加值310.5亿元。"
    draft = "临江市经济运行简况。2024年，第一产业增长4.2%，二产增加值为310.5亿元。"
    assert _one(check(draft, [src]), "310.5亿元").verdict == "supported"


def test_a_change_stated_after_its_two_dated_ends_holds_at_the_later_end():
    # 由2015年的…提高到2020年的…，提高7.4个百分点: the change is over the span, not of the
    # period an earlier sentence named
    src = "临江县生态建设。2010年以来全县持续植树造林。全县森林覆盖率由2015年的31.2%提高到2020年的38.6%，提高7.4个百分点。"
    draft = "2020年，临江县森林覆盖率达到38.6%，比2015年提高7.4个百分点。"
    assert _one(check(draft, [src]), "7.4个百分点").verdict == "supported"


def test_the_start_of_a_change_is_not_dated_by_the_sentences_period():
    src = "临江县经济发展。全县人均地区生产总值在全省的排位由2012年的第29位提升至2021年的第24位。"
    draft = "临江县人均地区生产总值2021年达到5.6万元，在全省的排位由第29位提升至第24位。"
    assert _one(check(draft, [src]), "第29位").verdict == "supported"
    # a start dated in the draft still is
    moved = _one(check(draft.replace("由第29位", "由2021年的第29位"), [src]), "第29位")
    assert (moved.verdict, moved.error) == ("contradicted", "wrong_period")


def test_a_rate_compared_with_is_the_change_of_its_own_period():
    # 增幅较1-10月的9.7%: the rate of 1-10月, set against the source's rates by their periods
    src = "临江市投资运行情况。1-10月，全市工业投资增长9.7%。1-11月，全市工业投资增长15.0%，增幅较1-10月提升5.3个百分点。"
    draft = "临江市1-11月工业投资增长15.0%，增幅较1-10月的9.7%提升5.3个百分点。"
    assert [r.verdict for r in check(draft, [src]).results] == ["supported"] * 3
    src2 = "临江市投资运行情况。1-11月，全市工业投资增长9.7%，增幅较1-10月提升5.3个百分点。"
    moved = _one(check("临江市1-11月工业投资增幅较1-10月的9.7%提升5.3个百分点。", [src2]), "9.7%")
    assert (moved.verdict, moved.error) == ("contradicted", "wrong_period")


def test_the_start_of_a_change_given_as_the_years_level_is_the_wrong_period():
    src = "临江区十年发展成就。2021年，全区人均地区生产总值由相当于全国平均水平的57.2%上升到70.2%，提高了13个百分点。"
    r = _one(check("2021年，临江区人均地区生产总值相当于全国平均水平的57.2%。", [src]), "57.2%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period") and "start of a change" in r.explanation
    both = check("2021年，临江区人均地区生产总值由相当于全国平均水平的57.2%上升到70.2%。", [src])
    assert [r.verdict for r in both.results] == ["supported", "supported"]


def test_a_draft_printing_more_places_than_the_source_is_not_its_rounding():
    src = "临江区经济。全年规模以上工业增加值增长10%。"
    r = _one(check("临江区全年规模以上工业增加值增长9.6%。", [src]), "9.6%")
    assert r.verdict == "contradicted"
    # the other way round it is
    src2 = "临江区经济。全年规模以上工业增加值增长9.6%。"
    assert _one(check("临江区全年规模以上工业增加值增长10%。", [src2]), "10%").verdict == "supported_by_rounding"


def test_a_share_the_source_pairs_with_another_item_is_that_items():
    src = "江北港口岸。2024年，江北港全年靠泊货轮380艘次，接待旅客95.2万人次，分别约占全省总量的21%和35%。"
    moved = _one(check("江北港2024年接待旅客95.2万人次，约占全省总量的21%。", [src]), "21%")
    assert (moved.verdict, moved.error) == ("contradicted", "wrong_subject")
    assert _one(check("江北港2024年接待旅客95.2万人次，约占全省总量的35%。", [src]), "35%").verdict == "supported"


def test_a_daily_mean_is_not_the_figure_of_one_day():
    src = "国庆假期铁路运输。10月1日为发送高峰日，当日发送旅客52.3万人次；假期日均发送旅客41.6万人次。"
    r = _one(check("假期日均发送旅客52.3万人次。", [src]), "52.3万人次")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period")
    assert _one(check("假期日均发送旅客41.6万人次。", [src]), "41.6万人次").verdict == "supported"
    assert _one(check("10月1日当天发送旅客52.3万人次。", [src]), "52.3万人次").verdict == "supported"


def test_a_period_opening_a_drafts_sentence_dates_it_past_a_semicolon():
    src = (
        "北岭乳业发布2025年半年度报告。上半年，公司实现营业收入48.62亿元，同比增长6.8%；实现归属于上市公司股东的净利润3.17亿元，同比增长9.2%。"
        "其中，第二季度公司实现营业收入25.37亿元，同比增长8.9%；实现归属于上市公司股东的净利润1.79亿元，同比增长15.5%。"
    )
    draft = "北岭乳业发布2025年半年度报告。报告期内，公司营收48.62亿元，同比增长6.8%；归属于上市公司股东的净利润约3.2亿元，同比增长{}。"
    r = _one(check(draft.format("15.5%"), [src]), "15.5%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period")
    assert _one(check(draft.format("9.2%"), [src]), "9.2%").verdict == "supported"


def test_wan_for_yi_on_a_number_of_three_digits_is_a_magnitude_slip():
    src = "星河集团中期业绩。按综合基准，股东应占溢利下降6.6%至人民币35.9亿元。"
    r = _one(check("星河集团中期计入合营公司亏损后的利润则为35.9万元。", [src]), "35.9万元")
    assert (r.verdict, r.error) == ("contradicted", "magnitude")


def test_the_same_amount_called_a_profit_for_a_loss_is_a_flipped_direction():
    src = "星河火锅年度业绩。2024年公司实现收入48亿元，年内亏损总额4.01亿元，上年同期亏损1.99亿元。"
    r = _one(check("星河火锅2024年年内亏损总额4.01亿元，上年同期盈利1.99亿元。", [src]), "1.99亿元")
    assert (r.verdict, r.error) == ("contradicted", "direction_flipped")
    assert _one(check("星河火锅2024年年内亏损总额4.01亿元，上年同期亏损1.99亿元。", [src]), "1.99亿元").verdict == "supported"


def test_places_where_a_deed_was_done_are_not_whose_figure_it_is():
    src = (
        "星河地产发布2024年10月经营简报\n\n11月6日，星河地产控股股份有限公司（以下简称“公司”）发布2024年10月经营情况简报。\n\n"
        "10月，公司实现合同销售金额88.6亿元。其中苏州项目签约12.1亿元，南通项目签约9.3亿元。\n\n"
        "10月，公司新增土地储备项目4个，总地价约36.2亿元，权益地价约28.5亿元。"
    )
    draft = (
        "星河地产10月销售88.6亿元\n\n星河地产控股股份有限公司日前发布10月经营简报。\n\n"
        "公司10月实现合同销售金额88.6亿元，其中苏州项目签约12.1亿元，南通项目签约9.3亿元。\n\n"
        "拿地方面，公司10月在苏州、无锡、南通新增4个项目，权益地价约28.5亿元。"
    )
    # (在苏州、无锡、南通新增: where the firm bought land, not whose figures they are)
    assert _one(check(draft, [src]), "4个").verdict == "supported"
    assert _one(check(draft, [src]), "28.5亿元").verdict == "supported"


def test_a_sectors_share_given_to_another_sector_is_wrong_subject():
    src = "临江市2024年统计公报。第一产业增加值比重为5.7%，第二产业增加值比重为47.1%，第三产业增加值比重为47.2%。"
    draft = "临江市2024年统计公报摘要。三次产业中，第三产业实现增加值457.1亿元，增长8.1%，占GDP比重达到{}。"
    r = _one(check(draft.format("47.1%"), [src]), "47.1%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_subject")
    assert _one(check(draft.format("47.2%"), [src]), "47.2%").verdict == "supported"


def test_a_market_share_and_an_occupancy_of_the_market_are_one_measure():
    src = "星河置业年报。全年销售金额4,069.5亿元，在全国商品房市场的份额上升至3.05%（2017年占有率为2.96%）。"
    draft = "星河置业全年销售金额4,069.5亿元，市场份额由2017年的2.96%提升至3.05%。"
    assert [r.verdict for r in check(draft, [src]).results] == ["supported"] * 3


def test_a_rate_two_parts_share_is_a_change():
    src = "全省工业企业利润。外商及港澳台商投资企业实现利润总额816.3亿元，增长16.2%；私营企业实现利润总额1120.5亿元，增长16.2%。"
    draft = "按企业类型看，外商及港澳台商投资企业与私营企业利润增幅同为16.2%。"
    assert _one(check(draft, [src]), "16.2%").verdict == "supported"


def test_a_change_against_a_base_two_years_back_is_not_the_plain_growth():
    src = (
        "临江居民收入\n\n今年上半年临江居民人均可支配收入增长8.7%。\n\n"
        "今年上半年，临江居民人均可支配收入15287元，同比名义增长8.7%，比2019年上半年增长13.5%，两年平均增长6.5%。"
    )
    draft = "上半年临江居民人均可支配收入约1.53万元，较2019年上半年增长{}。"
    r = _one(check(draft.format("8.7%"), [src]), "8.7%")
    assert (r.verdict, r.error) == ("contradicted", "wrong_period")
    assert _one(check(draft.format("13.5%"), [src]), "13.5%").verdict == "supported"


def test_the_countrysides_retail_sales_named_either_way_are_one_measure():
    from factx.check import _Normaliser, _load_lex
    from factx.rules import builtin_rules_dir

    norm = _Normaliser(_load_lex((str(builtin_rules_dir()),)), [])
    assert norm.metric("农村消费品零售额", None, None) == norm.metric("乡村消费品零售额", None, None)
