"""Extraction behaviour: figures, roles, directions, metrics, subjects, periods, claims,
not-facts, reflow and tables. Each row would fail without the rule or code it names."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from factx.pipeline import extract, extract_files

ROOT = Path(__file__).resolve().parent.parent


def facts(text):
    return extract(text, "t")


def row(f):
    return (f.text, f.role, f.direction, f.metric, f.subject)


# text, expected rows (text, role, direction, metric, subject)
ATTRIBUTION = [
    ("截至目前，全市算力中心累计完成投资700多亿元，年用电量达60亿千瓦时。",
     [("700多亿元", "value", None, "累计完成投资", "全市算力中心"),
      ("60亿千瓦时", "value", None, "年用电量", "全市算力中心")]),
    ("装配一次合格率从87.37%提升至96.49%。",
     [("87.37%", "before", None, "装配一次合格率", None),
      ("96.49%", "after", "up", "装配一次合格率", None)]),
    ("销售金额由542.3亿元降至460.6亿元。",
     [("542.3亿元", "before", None, "销售金额", None),
      ("460.6亿元", "after", "down", "销售金额", None)]),
    ("合格率由87%→94%。",
     [("87%", "before", None, "合格率", None), ("94%", "after", "up", "合格率", None)]),
    ("1—11月份，全市规模以上工业增加值同比增长5.2%，增速比上月下降0.3个百分点。",
     [("5.2%", "delta", "up", "规模以上工业增加值", "全市"),
      ("0.3个百分点", "delta", "down", "增速", "全市")]),
    ("上半年，出口额增长1.86倍。", [("1.86倍", "delta", "up", "出口额", None)]),
    ("城市算力分指数跃升至第10位。", [("第10位", "after", "up", "城市算力分指数", None)]),
    ("营业收入41.77亿元，同比增长34.15%。",
     [("41.77亿元", "value", None, "营业收入", None), ("34.15%", "delta", "up", "营业收入", None)]),
    ("国有控股企业增加值同比增长5.6%，集体企业增长1.9%。",
     [("5.6%", "delta", "up", "增加值", "国有控股企业"), ("1.9%", "delta", "up", "增加值", "集体企业")]),
    ("涨幅为-10.8%。", [("-10.8%", "delta", "down", "涨幅", None)]),
    ("增速快于全部投资13.7个百分点。", [("13.7个百分点", "delta", "up", "增速", None)]),
]


@pytest.mark.parametrize("text,expected", ATTRIBUTION)
def test_attribution(text, expected):
    assert [row(f) for f in facts(text)] == expected


def test_claim_grouping_of_a_counted_set():
    fs = facts("迎泽区加快项目建设。目前该区已储备项目134个，总投资1220.3亿元，年度计划投资131.74亿元。")
    assert [f.text for f in fs] == ["134个", "1220.3亿元", "131.74亿元"]
    assert len({f.claim for f in fs}) == 1
    assert {f.subject for f in fs} == {"迎泽区"}  # 该区 resolved to the name before it
    assert [f.metric for f in fs] == ["储备项目", "总投资", "年度计划投资"]


def test_change_ends_share_a_claim_and_parallel_items_do_not():
    a, b = facts("装配一次合格率从87.37%提升至96.49%。")
    assert a.claim == b.claim
    fs = facts("同步发放雨伞300把、宣传布袋1000个。")
    assert fs[0].claim != fs[1].claim
    assert fs[0].metric.endswith("雨伞") and fs[1].metric == "宣传布袋"


def test_value_qualifier_and_span():
    [f] = facts("全市算力中心累计完成投资700多亿元。")
    assert (f.value, f.unit, f.kind, f.qualifier) == (Decimal("7e10"), "CNY", "money", "more_than")
    assert (f.low, f.high) == (Decimal("7e10"), Decimal("8e10"))
    [g] = facts("占地面积约150亩。")
    assert (g.text, g.qualifier) == ("150亩", "about")


@pytest.mark.parametrize(
    "text,period",
    [("今年以来，完成投资5亿元。", "今年以来"), ("截至目前，完成投资5亿元。", "截至目前"),
     ("1—11月份，完成投资5亿元。", "1—11月份"), ("2026年完成投资5亿元。", "2026年"),
     ("上半年，完成投资5亿元。", "上半年")],
)
def test_period(text, period):
    [f] = facts(text)
    assert f.period == period


NOT_FACTS = [
    "2026年3月27日", "1—11月份", "二季度", "第12966期", "第4版", "CN 14-0023", "股票代码600519",
    "嫦娥六号", "C919", "802文化创意产业园", "两个确立", "四个意识", "三管齐下", "十不准", "六进活动",
    "“十五五”", "千家万户", "一寸一寸", "一个机器人", "过去五年的工作", "前20名房企", "第三方施工",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_facts(text):
    assert facts(text) == []


def test_article_one_is_not_a_count_but_only_one_is():
    assert facts("一名民警对歹徒进行劝告") == []
    assert [f.text for f in facts("四川仅获批一条通道。")] == ["一条"]


def test_reflowed_column_break_keeps_metric_and_raw_offsets():
    raw = "截至目前，全市算力中心累计完成投资700多亿元，带动上下游企业加快集聚，全市算力中心的年用电量\n\n达60亿千瓦时，位居全省前列。"
    fs = facts(raw)
    f = next(f for f in fs if f.unit == "kWh")
    assert f.metric.endswith("年用电量")
    assert raw[f.start : f.end] == f.text == "60亿千瓦时"


def test_fraction_is_a_share_and_money_is_inferred():
    [f] = facts("省内平均用电负荷仅为全省发电装机的1/3强。")
    assert (f.unit, f.qualifier) == ("%", "more_than") and abs(f.value - Decimal(100) / 3) < Decimal("1e-9")
    [g] = facts("苏州高新区投资120亿开展20个重点项目。")[:1]
    assert (g.value, g.unit) == (Decimal("1.2e10"), "CNY")


def test_table_cells_take_header_units():
    raw = (
        "公司主要财务数据\n| 指标 | 2025年 | 同比增长（%） |\n|---|---|---|\n"
        "| 营业收入（亿元） | 41.77 | 34.15 |\n| 净利润（万元） | 5,230 | -12.5 |\n"
    )
    fs = facts(raw)
    assert [(f.text, f.value, f.unit, f.role, f.metric, f.table) for f in fs] == [
        ("41.77", Decimal("4177000000"), "CNY", "value", "营业收入", True),
        ("34.15", Decimal("34.15"), "%", "delta", "营业收入", True),
        ("5,230", Decimal("52300000"), "CNY", "value", "净利润", True),
        ("-12.5", Decimal("-12.5"), "%", "delta", "净利润", True),
    ]
    assert fs[0].period == "2025年"
    for f in fs:
        assert raw[f.start : f.end] == f.text


def test_tab_table_with_unit_line():
    raw = "单位：万元\n项目\t投资额\t用地（亩）\n一期\t6600\t120\n二期\t9000\t81\n"
    fs = facts(raw)
    assert [(f.text, f.value, f.unit, f.subject) for f in fs] == [
        ("6600", Decimal(66000000), "CNY", "一期"), ("120", Decimal(80000), "m2", "一期"),
        ("9000", Decimal(90000000), "CNY", "二期"), ("81", Decimal(54000), "m2", "二期"),
    ]


def test_table_rows_name_subjects_and_period_columns_pair():
    # a row label naming no measure is the subject; this and last period's columns of one
    # measure are after and before; a bare change column is the change of the columns before it
    raw = (
        "\t今年上半年收入(千元)\t去年上半年收入(千元)\t变动幅度\n"
        "太平洋航线\t4,738,630\t4,719,399\t0.4%\n"
        "欧地线\t3,795,945\t4,045,087\t-6.2%\n"
    )
    fs = facts(raw)
    assert [(f.text, f.role, f.direction, f.metric, f.subject) for f in fs] == [
        ("4,738,630", "after", "up", "收入", "太平洋航线"),
        ("4,719,399", "before", None, "收入", "太平洋航线"),
        ("0.4%", "delta", "up", "收入", "太平洋航线"),
        ("3,795,945", "after", "down", "收入", "欧地线"),
        ("4,045,087", "before", None, "收入", "欧地线"),
        ("-6.2%", "delta", "down", "收入", "欧地线"),
    ]
    assert fs[0].value == Decimal("4738630000") and fs[0].period == "今年上半年"


def test_a_results_flash_table_pairs_its_report_period_with_last_year():
    # (本报告期 | 上年同期 | 增减变动幅度: the columns of a company's results flash; a change cell
    # worded with its verb gives the direction; a row's two ends and change are one claim)
    raw = (
        "单位：万元\n"
        "项目\t本报告期\t上年同期\t增减变动幅度(%)\n"
        "营业总收入\t8,250.40\t9,100.00\t-9.34\n"
        "毛利率\t21.5%\t19.8%\t增加1.7个百分点\n"
    )
    fs = facts(raw)
    assert [(f.text, f.role, f.direction, f.metric, f.period) for f in fs] == [
        ("8,250.40", "after", "down", "营业总收入", "本报告期"),
        ("9,100.00", "before", None, "营业总收入", "上年同期"),
        ("-9.34", "delta", "down", "营业总收入", None),
        ("21.5%", "after", "up", "毛利率", "本报告期"),
        ("19.8%", "before", None, "毛利率", "上年同期"),
        ("1.7个百分点", "delta", "up", "毛利率", None),
    ]
    assert fs[5].unit == "pp" and raw[fs[5].start : fs[5].end] == "1.7个百分点"
    assert len({f.claim for f in fs[:3]}) == 1 and len({f.claim for f in fs[3:]}) == 1
    assert fs[0].claim != fs[3].claim


def test_the_level_a_named_change_reached_is_of_its_owner_not_of_the_forecaster():
    # (the forecaster heads the sentence; the change names its owner, and the level it reached
    # after 达到 is that owner's, the after of the change)
    fs = facts("英国调查公司预测，2022年全球纯电动汽车销量将比2021年增加5成，达到约700万辆。")
    assert [(f.text, f.role, f.direction, f.subject) for f in fs] == [
        ("5成", "delta", "up", "全球"), ("700万辆", "after", "up", "全球"),
    ]
    assert fs[0].claim == fs[1].claim


def test_items_listed_after_one_addition_are_additions_until_a_verb_of_their_own():
    # (新增 governs the bare items after it; 发展 opens a deed of its own, and 新增就业岗位 names
    # a statistic whose figure is its level)
    fs = facts("去年,全县新增烟叶面积8000亩,茶叶面积5000亩,发展核桃7万亩。全年新增市场主体3.2万户、个体工商户2.1万户。")
    assert [(f.text, f.role, f.direction) for f in fs] == [
        ("8000亩", "delta", "up"), ("5000亩", "delta", "up"), ("7万亩", "value", None),
        ("3.2万户", "delta", "up"), ("2.1万户", "delta", "up"),
    ]
    assert [(f.role, f.metric) for f in facts("全市新增就业岗位1200个，城镇登记失业率3.2%。")] == [
        ("value", "新增就业岗位"), ("value", "城镇登记失业率"),
    ]


def test_a_gap_past_a_rival_named_by_its_rank():
    # (高出第二位的上海800亿元: 第二位 is the rival's place, a level; 800亿元 is the gap, in the
    # measure compared, 成交总额)
    fs = facts("杭州成交总额达2481亿元，同比上升4%，远远高出第二位的上海800亿元。")
    assert [(f.text, f.role, f.direction, f.metric) for f in fs][2:] == [
        ("第二位", "value", None, fs[2].metric), ("800亿元", "delta", "up", "成交总额"),
    ]
    assert fs[2].rule_id == "role.compared_rank" and fs[3].rule_id == "role.difference"


def test_a_bound_the_listed_changes_all_keep_is_a_bound_on_those_changes():
    # (均保持在10%以上 after three growth rates: a bound on the growth, of its measure; 较高水平
    # after it names nothing measured)
    fs = facts("各项贷款余额同比分别增长11.4%、10.8%和11.2%，均保持在10%以上的较高水平。")
    assert [(f.text, f.role, f.direction, f.qualifier, f.metric) for f in fs][3] == (
        "10%", "delta", "up", "more_than", "各项贷款余额",
    )
    # (an exact level after a change is no bound: 保持在行业前列 is no figure either)
    assert [f.role for f in facts("营收增长8%，保持在行业前列。")] == ["delta"]


def test_a_brokers_note_writes_changes_in_latin_yoy_qoq_and_pct():
    # (同比+1.2pct: points; YoY/QoQ stand for 同比/环比, and the minus after QoQ is a sign, while
    # the hyphen of a code after a Latin letter stays none: CN14-0023)
    fs = facts("毛利率28.5%，同比+1.2pct。营收YoY+15%，QoQ-3%。")
    assert [(f.text, f.value, f.unit, f.role, f.direction) for f in fs] == [
        ("28.5%", Decimal("28.5"), "%", "value", None),
        ("1.2pct", Decimal("1.2"), "pp", "delta", "up"),
        ("15%", Decimal("15"), "%", "delta", "up"),
        ("-3%", Decimal("-3"), "%", "delta", "down"),
    ]
    assert all(f.value > 0 for f in facts("产品型号A-1，月产能达到15万件。"))


def test_a_signed_rate_in_brackets_after_a_level_is_its_change_and_a_latin_quarter_a_period():
    # (营收12.3亿元（+15.2%）: the level's change, the sign its direction; 2025Q3 and 2024年H1 are
    # periods; an unsigned rate in brackets after a name says nothing and stays a level)
    fs = facts("2025Q3公司实现营收12.3亿元（+15.2%），归母净利润2.1亿元（-8.5%）。2024年H1净利润3.2亿元。")
    assert [(f.text, f.role, f.direction, f.metric, f.period) for f in fs] == [
        ("12.3亿元", "value", None, "营收", "2025Q3"),
        ("15.2%", "delta", "up", "营收", "2025Q3"),
        ("2.1亿元", "value", None, "归母净利润", "2025Q3"),
        ("-8.5%", "delta", "down", "归母净利润", "2025Q3"),
        ("3.2亿元", "value", None, "净利润", "2024年H1"),
    ]
    assert fs[0].claim == fs[1].claim and fs[2].claim == fs[3].claim
    assert [f.role for f in facts("西夏区地区生产总值120亿元(13.0%)。")] == ["value", "value"]
    # (a model's code holding a year and a quarter is no period: 型号2025Q3A)
    assert facts("型号2025Q3A销量1万台。")[0].period is None


def test_yajiang_is_a_verb_of_cutting():
    # (压降到: the whole verb, so the measure keeps no 压; 压降X N: the amount cut)
    fs = facts("单位产品成本压降到每吨800元。全年压降非生产性支出15%。")
    assert [(f.text, f.role, f.direction, f.metric) for f in fs] == [
        ("800元", "after", "down", "单位产品成本"), ("15%", "delta", "down", "非生产性支出"),
    ]


def test_a_conjunction_opening_a_list_of_bracketed_names_is_no_part_of_the_first_name():
    fs = facts("中国内地(18,753,911人次)、韩国(499,297人次)按年分别减少4.4%、1.6%,而香港(5,943,224人次)、菲律宾(180,000人次)旅客则分别增加2.1%及3.3%。")
    assert [(f.text, f.subject) for f in fs if f.unit == "%"] == [
        ("4.4%", "中国内地"), ("1.6%", "韩国"), ("2.1%", "香港"), ("3.3%", "菲律宾"),
    ]
    # (和 and 且 open names too: 和平区, not 平区)
    ranks = facts("和平区(5.2%)、南开区(4.1%)地区生产总值增速分别位列全市第2位和第6位。")
    assert [(f.text, f.subject) for f in ranks if f.kind == "rank"] == [("第2位", "和平区"), ("第6位", "南开区")]


def test_a_bond_term_is_no_period_and_its_yield_moves_by_basis_points():
    # (10年期 is the bond's term, part of the measure's name; 上行/下行 N个基点 is a change)
    fs = facts("10年期国债收益率上行3个基点至2.35%。30年期国债收益率下行5个基点。2019年期末余额为35亿元。")
    assert [(f.text, f.role, f.direction, f.metric, f.period) for f in fs] == [
        ("3个基点", "delta", "up", "10年期国债收益率", None),
        ("2.35%", "after", "up", "10年期国债收益率", None),
        ("5个基点", "delta", "down", "30年期国债收益率", None),
        ("35亿元", "value", None, "期末余额", "2019年"),
    ]


def test_a_share_of_a_whole_named_by_its_total_keeps_the_total():
    # (占汽车总量的8.5%: 总量 names the whole here, it is no link word before a figure)
    fs = facts("新能源汽车保有量达到120万辆，占汽车总量的8.5%。出口额占全国总数的12.3%。")
    assert [f.metric for f in fs if f.unit == "%"] == ["占汽车总量", "占全国总数"]


@pytest.mark.parametrize(
    "raw, expected",
    [
        # (增减(%): a change of the column before it, the sign gives the direction)
        ("指标\t单位\t产量\t增减(%)\n粮食\t万吨\t35.6\t-2.1\n油料\t万吨\t4.8\t3.5\n",
         [("35.6", "value", None, "产量"), ("-2.1", "delta", "down", "产量"),
          ("4.8", "value", None, "产量"), ("3.5", "delta", "up", "产量")]),
        # (比上年±%: a bare percent after ± is the column's unit)
        ("| 地区 | 人均可支配收入(元) | 比上年±% |\n| --- | --- | --- |\n| 城关区 | 45210 | 5.2 |\n| 七里河区 | 41320 | -0.8 |\n",
         [("45210", "value", None, "人均可支配收入"), ("5.2", "delta", "up", "人均可支配收入"),
          ("41320", "value", None, "人均可支配收入"), ("-0.8", "delta", "down", "人均可支配收入")]),
        # (较上年同期增减 and 涨跌幅: changes of the measure the row names)
        ("指标名称\t本月(亿元)\t较上年同期增减(亿元)\t涨跌幅(%)\n固定资产投资\t88.1\t-3.4\t-3.7\n",
         [("88.1", "value", None, "固定资产投资"), ("-3.4", "delta", "down", "固定资产投资"),
          ("-3.7", "delta", "down", "固定资产投资")]),
        # (增减额 | 增减率 after two years of one measure)
        ("单位：万元\n项目\t2024年\t2023年\t增减额\t增减率\n净利润\t3120\t3580\t-460\t-12.85%\n",
         [("3120", "after", "down", "净利润"), ("3580", "before", None, "净利润"),
          ("-460", "delta", "down", "净利润"), ("-12.85%", "delta", "down", "净利润")]),
        # (比上年减少: a fall whatever the sign; 绝对数 names no measure, so the row does)
        ("指标\t绝对数\t比上年减少(万人)\n乡村人口(万人)\t110.8\t2.5\n",
         [("110.8", "value", None, "乡村人口"), ("2.5", "delta", "down", "乡村人口")]),
        # (增速比1-9月(±百分点): the unit in brackets is 百分点, its ± no part of it)
        ("指标\t1-10月(亿元)\t增速比1-9月(±百分点)\n固定资产投资\t1250\t-0.3\n",
         [("1250", "value", None, "固定资产投资"), ("-0.3", "delta", "down", "固定资产投资")]),
        # (工业增加值: 增加 there is no change word)
        ("地区\t工业增加值(亿元)\n东区\t120.5\n", [("120.5", "value", None, "工业增加值")]),
    ],
)
def test_a_change_column_is_known_by_its_change_words(raw, expected):
    assert [(f.text, f.role, f.direction, f.metric) for f in facts(raw)] == expected


def test_a_table_row_of_levels_for_several_years_is_a_claim_per_year():
    fs = facts("单位：亿元\n指标\t2021年\t2022年\t2023年\n营业收入\t12.5\t13.1\t14.0\n")
    assert [f.role for f in fs] == ["value"] * 3 and len({f.claim for f in fs}) == 3


def test_figures_run_together_keep_the_list_role():
    # (a copy that lost the commas between listed rates: each is still a change)
    fs = [f for f in facts("钢铁、化工、电气行业居前三位,分别增长15.4%10.1%6.5%。") if f.kind != "rank"]
    assert [(f.text, f.role, f.direction) for f in fs] == [
        ("15.4%", "delta", "up"), ("10.1%", "delta", "up"), ("6.5%", "delta", "up")]


def test_recorded_verb_and_dated_comparison_base():
    [a, b] = facts("上半年，中海集运录得净利润亏损12.66亿元，上年同期亏损12.81亿元。")
    assert (a.subject, a.metric, b.subject) == ("中海集运", "净利润亏损", "中海集运")
    [_, c] = facts("船队总运力为620,000TEU，较今年年初增长4.2%。")
    assert (c.role, c.metric) == ("delta", "船队总运力")


def test_whole_region_word_resolves_to_no_fragment():
    # (全区地区生产总值: 地区 is the measure's first word, not a place ending in 区)
    [f] = facts("2023年全区地区生产总值24627亿元。")
    assert (f.subject, f.metric) == ("全区", "地区生产总值")


def test_place_within_place_is_no_firm_and_weekdays_are_periods():
    text = (
        "周五青岛保税区烟片为4820美元/吨。青岛保税区库存减少。青岛保税区成交清淡。"
        "折算到复合胶进口成本保持在35680元/吨。"
    )
    fs = facts(text)
    assert (fs[0].subject, fs[0].metric, fs[0].period) == ("青岛保税区", "烟片", "周五")
    assert fs[1].subject != "青岛保税"


def test_a_ratio_changed_into_another_pairs_part_by_part():
    fs = facts("三次产业比例由7.3:53.5:39.2调整为7.0:53.7:39.3。")
    assert [(f.text, f.unit, f.role, f.direction) for f in fs] == [
        ("7.3", "%", "before", None), ("53.5", "%", "before", None), ("39.2", "%", "before", None),
        ("7.0", "%", "after", "down"), ("53.7", "%", "after", "up"), ("39.3", "%", "after", "up"),
    ]
    # (each part's two ends are one claim; the parts are parallel claims)
    assert len({f.claim for f in fs}) == 3 and fs[0].claim == fs[3].claim and fs[2].claim == fs[5].claim


def test_traditional_text_is_read_and_reported_in_its_own_script():
    raw = "中國中鐵2023年一季度新簽合同額6673.8億元，同比增長16.5%；營業收入2726.25億元，同比減少3.6%。"
    fs = facts(raw)
    assert [(f.text, f.role, f.direction, f.metric, f.subject) for f in fs] == [
        ("6673.8億元", "value", None, "新簽合同額", "中國中鐵"),
        ("16.5%", "delta", "up", "新簽合同額", "中國中鐵"),
        ("2726.25億元", "value", None, "營業收入", "中國中鐵"),
        ("3.6%", "delta", "down", "營業收入", "中國中鐵"),
    ]
    assert fs[0].value == Decimal("667380000000") and fs[0].sentence.startswith("中國中鐵")
    for f in fs:
        assert raw[f.start : f.end] == f.text


def test_a_counted_noun_is_reported_in_the_texts_own_script():
    fs = facts("全市共有家庭戶3004398戶，集體戶315728戶。")
    assert [(f.text, f.unit) for f in fs] == [("3004398戶", "戶"), ("315728戶", "戶")]


def test_a_change_after_a_level_is_that_levels_subjects():
    fs = facts("第三产业中,金融业增加值39358万元,增长5.1%;交通运输、仓储和邮政业增加值26818万元,增长4.4%;"
               "批发和零售业增加值23862万元,增长4.5%。")
    assert [(f.text, f.subject) for f in fs] == [
        ("39358万元", "金融业"), ("5.1%", "金融业"), ("26818万元", "交通运输、仓储和邮政业"),
        ("4.4%", "交通运输、仓储和邮政业"), ("23862万元", "批发和零售业"), ("4.5%", "批发和零售业"),
    ]


def test_an_industry_named_alone_owns_the_figures_after_it():
    fs = facts("研发投入排名前五的行业分别为：计算机、通信和其他电子设备制造业，研发费用总额2192亿元，研发强度7.26%；"
               "互联网和相关服务业，研发费用总额1668亿元，研发强度7.01%。")
    assert (fs[0].text, fs[0].kind) == ("前五", "rank")  # (排名前五: the place the industries hold)
    fs = fs[1:]
    assert [(f.text, f.metric, f.subject) for f in fs] == [
        ("2192亿元", "研发费用总额", "计算机、通信和其他电子设备制造业"),
        ("7.26%", "研发强度", "计算机、通信和其他电子设备制造业"),
        ("1668亿元", "研发费用总额", "互联网和相关服务业"),
        ("7.01%", "研发强度", "互联网和相关服务业"),
    ]
    # R&D measures are owned like output: the industry before them is whose they are
    [g, _] = facts("汽车制造业研发费用总额492亿元，研发强度4.18%。")
    assert (g.subject, g.metric) == ("汽车制造业", "研发费用总额")


def test_a_table_copied_one_cell_per_line():
    # (a web copy that put each cell on its own line, ending in |, a lone | opening each row;
    # 比重% takes its unit from the header with no brackets, 年末数 is a period column)
    raw = (
        "表1 2017年人口数及其构成\n单位:人\n|\n指 标 |\n年末数 |\n比重% |\n"
        "|\n全市常住人口 |\n3365597 |\n- |\n|\n其中:城镇 |\n1821990 |\n54.14 |\n"
        "|\n乡村 |\n1543607 |\n45.86\n初步核算,全年全市地区生产总值1284.9亿元。\n"
    )
    fs = [f for f in facts(raw) if f.table]
    assert [(f.text, f.unit, f.metric, f.subject) for f in fs] == [
        ("3365597", "人", "常住人口", "全市"),
        ("1821990", "人", "城镇", None),
        ("54.14", "%", "比重", "城镇"),
        ("1543607", "人", "乡村", None),
        ("45.86", "%", "比重", "乡村"),
    ]
    for f in fs:
        assert raw[f.start : f.end] == f.text
    assert [f.text for f in facts(raw) if not f.table] == ["1284.9亿元"]
    # (bars ending lines of prose make no table)
    assert not [f for f in facts("|\n营业收入 |\n增长5% |\n") if f.table]
    # (年末人口 names a statistic: 年末 is a period only when it names nothing else, 年末数)
    raw2 = "单位:万人\n|\n指标 |\n年末人口 |\n比重% |\n|\n城镇 |\n138.01 |\n46.78 |\n|\n乡村 |\n157.64 |\n53.22 |\n"
    assert [f.metric for f in facts(raw2) if f.table][:1] == ["年末人口"]


def test_a_table_copied_one_cell_per_line_with_blank_lines_and_a_unit_column():
    # (a copy of a web table: every cell on its own line, blank lines or bars between them;
    # the 单位 column gives each row's unit; the width is read from the rows' shape)
    raw = (
        "表2 主要产品产量\n\n指标\n\n单位\n\n产量\n\n比上年增长%\n\n原煤\n\n万吨\n\n1234.5\n\n6.5\n\n"
        "发电量\n\n亿千瓦时\n\n123.4\n\n-3.2\n\n钢材\n\n万吨\n\n45.6\n\n12.0\n\n全年原煤产量1234.5万吨。\n"
    )
    fs = [f for f in facts(raw) if f.table]
    assert [(f.text, f.unit, f.role, f.direction) for f in fs] == [
        ("1234.5", "t", "value", None), ("6.5", "%", "delta", "up"),
        ("123.4", "kWh", "value", None), ("-3.2", "%", "delta", "down"),
        ("45.6", "t", "value", None), ("12.0", "%", "delta", "up"),
    ]
    assert fs[0].value == Decimal("12345000") and fs[0].subject == "原煤"
    assert [f.text for f in facts(raw) if not f.table] == ["1234.5万吨"]
    raw = "|\n营业收入\n|\n12.3\n|\n5.6\n|\n|\n利润总额\n|\n2.1\n|\n-1.2\n|\n|\n净利润\n|\n1.5\n|\n3.3\n|\n"
    # (no header words: the rows still show a table, but with no unit nothing is a figure)
    assert [f for f in facts(raw) if f.table] == []
    # (short lines of prose are no table)
    assert not [f for f in facts("要闻\n\n2023\n\n新华社\n\n2024\n\n全年增长5%。\n") if f.table]


def test_the_previous_or_next_one_is_no_count_and_leaves_the_comparison_whole():
    # (比上一届多320元: 上一届 is the previous cohort; 320元 is how much more)
    fs = facts("直接就业的本科毕业生平均月薪7860元，比上一届多320元。")
    assert [(f.text, f.role, f.direction) for f in fs] == [("7860元", "value", None), ("320元", "delta", "up")]


def test_falling_below_a_mark_bounds_the_figure_and_is_a_fall_to_it():
    # (跌破 is a bound below, as 低于 is, and the level fallen to)
    fs = facts("结婚人数跌破1000万对大关，部分地区气温跌破零下20℃。")
    assert [(f.text, f.qualifier, f.role, f.direction) for f in fs] == [
        ("1000万对", "less_than", "after", "down"), ("零下20℃", "less_than", "after", "down"),
    ]


@pytest.mark.parametrize("line", ["单位：亿元、%", "单位：亿元，%", "（单位：亿元/%）"])
def test_a_unit_line_listing_two_units_gives_changes_the_percent(line):
    # (单位：亿元、%: the levels are in 亿元, the growth column in percent)
    raw = line + "\n指标\t绝对值\t同比增长\n地区生产总值\t4286.3\t5.6\n社会消费品零售总额\t1642.9\t5.1\n"
    assert [(f.text, f.value, f.unit, f.role) for f in facts(raw) if f.table] == [
        ("4286.3", Decimal("428630000000"), "CNY", "value"), ("5.6", Decimal("5.6"), "%", "delta"),
        ("1642.9", Decimal("164290000000"), "CNY", "value"), ("5.1", Decimal("5.1"), "%", "delta"),
    ]


@pytest.mark.parametrize("text,expected", [
    ("全国排名上升2位。", [("2位", "rank", "rank")]),
    ("名次下降五名。", [("五名", "rank", "rank")]),
    ("共有2位专家参加。", [("2位", "位", "count")]),  # (people counted stay people)
])
def test_places_a_rank_moved_by_are_a_change_of_rank(text, expected):
    assert [(f.text, f.unit, f.kind) for f in facts(text)] == expected


def _cells(raw):
    return [(f.text, f.unit, f.role, f.direction, f.metric, f.subject) for f in facts(raw) if f.table]


def test_a_table_copied_one_cell_per_line_with_a_bar_and_blank_lines_between_cells():
    # (a web copy may put a line of bars, with blank lines around it, between every two cells:
    # the bars part the cells, only blank lines in a row end the table)
    cells = ["指标", "绝对数（亿元）", "增长%", "地区生产总值", "2006.43", "3.8", "第一产业", "171.33", "2.1"]
    raw = "全年经济运行情况如下。\n" + "".join(c + "\n\n|\n\n" for c in cells)
    assert [f[:4] for f in _cells(raw)] == [
        ("2006.43", "CNY", "value", None), ("3.8", "%", "delta", "up"),
        ("171.33", "CNY", "value", None), ("2.1", "%", "delta", "up"),
    ]


def test_a_table_copied_one_cell_per_line_without_its_empty_top_left_cell():
    # (a copy drops the empty cell above the row labels: the header is one cell short; a line
    # ending on a colon introduces the table and is none of its cells)
    for intro, gap in (("各市主要指标完成情况如下。\n", "\n"), ("各市主要指标完成情况如下：\n\n", "\n\n")):
        raw = intro + gap.join(["地区生产总值（亿元）", "增速（%）", "济南市", "12757.4", "5.0", "青岛市", "14136.5", "3.5"]) + "\n"
        assert _cells(raw) == [
            ("12757.4", "CNY", "value", None, "地区生产总值", "济南市"), ("5.0", "%", "delta", "up", "地区生产总值", "济南市"),
            ("14136.5", "CNY", "value", None, "地区生产总值", "青岛市"), ("3.5", "%", "delta", "up", "地区生产总值", "青岛市"),
        ]
    # (words after the labels make no such table: a row is then a label and numbers only)
    assert _cells("如下。\n增速（%）\n济南市\n工业\n5.0\n青岛市\n农业\n3.5\n") == []


def test_a_table_copied_one_cell_per_line_with_section_headings():
    # (一、工业 heads the rows below it, and is no row of its own)
    raw = "主要指标如下。\n" + "\n".join(
        ["指标名称", "总量（亿元）", "同比增长（%）", "一、工业", "规模以上工业增加值", "125.3", "6.1",
         "高技术制造业", "30.2", "12.5", "二、投资", "固定资产投资", "256.1", "4.2"]
    ) + "\n"
    assert [(f[0], f[4]) for f in _cells(raw)] == [
        ("125.3", "规模以上工业增加值"), ("6.1", "规模以上工业增加值"), ("30.2", "高技术制造业"),
        ("12.5", "高技术制造业"), ("256.1", "固定资产投资"), ("4.2", "固定资产投资"),
    ]


@pytest.mark.parametrize("sep", ["\t", "\n"])
def test_a_ranked_table_takes_each_row_label_after_its_rank(sep):
    raw = "城市GDP排行如下。\n" + "\n".join(
        sep.join(r) for r in [["排名", "城市", "GDP（亿元）", "增速（%）"], ["1", "上海", "53926.71", "5.0"], ["2", "北京", "49843.1", "5.2"]]
    ) + "\n"
    assert [(f[0], f[1], f[5]) for f in _cells(raw)] == [
        ("53926.71", "CNY", "上海"), ("5.0", "%", "上海"), ("49843.1", "CNY", "北京"), ("5.2", "%", "北京"),
    ]


def test_a_table_whose_columns_name_whose_figures_they_are():
    # (指标 | 全省 | 甲市: each row names its measure and each column whose figure it is; a
    # caption naming a change makes them changes, one naming a level and its change does not)
    body = "单位：%\n指标\t全省\t甲市\n地区生产总值\t5.5\t6.1\n规模以上工业增加值\t6.2\t-1.3\n"
    assert _cells("表3 各市主要经济指标增速\n" + body) == [
        ("5.5", "%", "delta", "up", "地区生产总值", "全省"), ("6.1", "%", "delta", "up", "地区生产总值", "甲市"),
        ("6.2", "%", "delta", "up", "规模以上工业增加值", "全省"), ("-1.3", "%", "delta", "down", "规模以上工业增加值", "甲市"),
    ]
    assert [f[2:] for f in _cells("表3 各市主要经济指标及其增长速度\n" + body)][:2] == [
        ("value", None, "地区生产总值", "全省"), ("value", None, "地区生产总值", "甲市"),
    ]


def test_a_table_unit_naming_its_currency_first_and_a_period_in_a_header_s_brackets():
    # (单位：人民币千元 is 千元 of CNY; 2023年（1-6月） brackets a period, not the column's unit,
    # so the unit line gives the unit)
    raw = "单位：人民币千元\n项目\t2023年（1-6月）\t2022年（1-6月）\n营业收入\t1,234,567\t1,000,000\n净利润\t98,765\t87,654\n"
    fs = [f for f in facts(raw) if f.table]
    assert [(f.text, f.value, f.unit, f.role, f.metric) for f in fs] == [
        ("1,234,567", Decimal("1234567000"), "CNY", "after", "营业收入"), ("1,000,000", Decimal("1000000000"), "CNY", "before", "营业收入"),
        ("98,765", Decimal("98765000"), "CNY", "after", "净利润"), ("87,654", Decimal("87654000"), "CNY", "before", "净利润"),
    ]
    assert [f.value for f in facts(raw.replace("人民币千元", "港币百万元")) if f.table][:1] == [Decimal("1234567000000")]
    assert [f.unit for f in facts(raw.replace("人民币千元", "港币百万元")) if f.table][:1] == ["HKD"]


@pytest.mark.parametrize("raw", [
    "单位：万吨\n产品  产量  比上年增长%\n原煤  1234.5  6.5\n钢材  45.6  12.0\n",  # (a table parted by spaces)
    "表2 主要工业产品产量（单位：万吨）\n产品\t产量\t比上年增长%\n原煤\t1234.5\t6.5\n钢材\t45.6\t12.0\n",  # (ending its caption)
    "表2 主要工业产品产量 单位：万吨\n产品\t产量\t比上年增长%\n原煤\t1234.5\t6.5\n钢材\t45.6\t12.0\n",
])
def test_a_table_takes_the_unit_of_a_unit_line_or_of_its_caption(raw):
    assert [(f.text, f.value, f.unit) for f in facts(raw) if f.table] == [
        ("1234.5", Decimal("12345000"), "t"), ("6.5", Decimal("6.5"), "%"), ("45.6", Decimal("456000"), "t"), ("12.0", Decimal("12.0"), "%"),
    ]
    # (the unit is no part of the measure a caption names)
    assert facts("表2 主要工业产品产量（单位：万吨）\n产品\t绝对数\n原煤\t1234.5\n钢材\t45.6\n")[0].metric == "主要工业产品产量"


def test_a_long_run_of_short_lines_is_tried_as_a_table_a_few_times_only(monkeypatch):
    # (hostile input: every fourth line opens on 指标, none makes a table; each try reads up to
    # 400 cells, so trying at every 指标 would read millions)
    from factx import tables

    calls = []
    kind = tables._line_cell_kind
    monkeypatch.setattr(tables, "_line_cell_kind", lambda t: calls.append(1) or kind(t))
    lines, pos = [], 0
    for ln in ["指标", "营业收入", "12.5", "增长%"] * 5000:
        lines.append((pos, ln))
        pos += len(ln) + 1
    tables._line_cell_tables(lines)
    assert len(calls) < 30000


def test_lines_of_one_barred_cell_are_read_once(monkeypatch):
    # (hostile input: 营业收入 | / 12.5 | / | … lines, one cell each, make no table; reading the
    # run again from each of its lines cost its length squared: 100,000 lines took hours)
    from factx import tables

    calls = []
    split = tables._split_cells
    monkeypatch.setattr(tables, "_split_cells", lambda *a: calls.append(1) or split(*a))
    text = "\n".join(["|", "营业收入 |", "12.5 |", "增长 |"] * 2500)
    tables.find_tables(text)  # (as a one-cell-per-line table, it is one of 2,500 rows)
    assert len(calls) < 3 * 10000


def test_a_table_copied_with_spaces_and_its_caption():
    raw = (
        "表1：2018年泾源县地区生产总值及其增长速度\n"
        "指标 绝对值(万元) 比上年增长(%)\n"
        "全县地区生产总值 184413 6.0\n"
        "金融业 11082 3.9\n"
        "房地产业 4257 -27.5\n"
        "人口：年末全县户籍人口12.1万人。\n"
    )
    fs = [f for f in facts(raw) if f.table]
    assert [(f.text, f.value, f.unit, f.role, f.direction, f.metric, f.subject) for f in fs] == [
        ("184413", Decimal("1844130000"), "CNY", "value", None, "地区生产总值", "全县"),
        ("6.0", Decimal("6.0"), "%", "delta", "up", "地区生产总值", "全县"),
        ("11082", Decimal("110820000"), "CNY", "value", None, "地区生产总值", "金融业"),
        ("3.9", Decimal("3.9"), "%", "delta", "up", "地区生产总值", "金融业"),
        ("4257", Decimal("42570000"), "CNY", "value", None, "地区生产总值", "房地产业"),
        ("-27.5", Decimal("-27.5"), "%", "delta", "down", "地区生产总值", "房地产业"),
    ]
    for f in fs:
        assert raw[f.start : f.end] == f.text
    # (prose with a number at a line's end is no table)
    assert not any(f.table for f in facts("全年接待游客 120万人次\n实现旅游收入 8亿元\n"))


def test_a_range_whose_low_end_names_only_the_numerator():
    fs = facts("该农场的小龙虾出货价在40元-80元/公斤不等。")
    assert [(f.text, f.value, f.unit, f.qualifier) for f in fs] == [
        ("40元", Decimal("40000"), "CNY/t", "at_least"), ("80元/公斤", Decimal("80000"), "CNY/t", "at_most")]


def test_a_firms_description_and_its_short_name():
    text = (
        "近日，国内调味品巨头佛山市海天调味食品股份有限公司迈出国际化重要一步。\n"
        "根据海天味业披露的发行方案，定价区间为35港元/股至36.3港元/股。海天味业计划增发。"
        "按照发售价中位数35.65港元/股计算，8家基石合计认购近1.29亿股H股。"
    )
    fs = facts(text)
    assert "定价区" not in {f.subject for f in fs}  # (区间 is an interval, no district)
    assert fs[-1].subject == "海天味业"  # (the article's firm, by the name it goes on to use)
    [f] = facts("国内调味品巨头佛山市海天调味食品股份有限公司营收100亿元。")
    assert f.subject == "佛山市海天调味食品股份有限公司"


def test_public_budget_names_no_one_and_a_brigade_is_a_body():
    fs = facts("全年一般公共预算支出60.7亿元，同比增长11.1%。")
    assert [(f.subject, f.metric) for f in fs] == [(None, "一般公共预算支出")] * 2
    [f] = facts("今年上半年，全国消防救援队伍共接报处置各类警情105.7万起。")
    assert f.subject == "全国消防救援队伍"


def test_from_a_to_b_is_a_change_not_a_range():
    fs = facts("从3670个到102.3万个：我国医疗卫生体系跨越式发展")
    assert [(f.text, f.qualifier, f.role, f.direction) for f in fs] == [
        ("3670个", "exact", "before", None), ("102.3万个", "exact", "after", "up")]
    fs = facts("收入由2010年的5万元至2020年的8万元。")
    assert [(f.role, f.direction) for f in fs] == [("before", None), ("after", "up")]
    # (a span of values is still a range)
    fs = facts("价格从2元到3元不等。")
    assert [f.qualifier for f in fs] == ["at_least", "at_most"]


def test_lengths_of_time_compared_in_a_sentence_about_one():
    fs = facts("成年国民日均手机接触时长达108.76分钟，较上年增加2.24分钟，远超纸质媒介的约半小时。")
    assert [(f.text, f.unit, f.role) for f in fs] == [
        ("108.76分钟", "hour", "value"), ("2.24分钟", "hour", "delta"), ("半小时", "hour", "value")]
    assert [f.text for f in facts("成年人每天接触手机约109分钟。")] == ["109分钟"]
    # (a point in time or a period is still no fact: 5年前, 上半年, 两年平均)
    assert [f.text for f in facts("工期3年，5年前开工。")] == ["3年"]
    assert [f.text for f in facts("工期3年，上半年完成一半，两年平均增长5%。")] == ["3年", "一半", "5%"]  # (一半 is 50%)


def test_reported_cases_and_an_enumerator_word():
    fs = facts("法定传染病按类别统计：一是甲类传染病共报告发病21例，死亡1人，其中鼠疫报告发病5例，死亡1人；霍乱报告发病16例。")
    assert [(f.text, f.subject) for f in fs][2:] == [("5例", "鼠疫"), ("1人", "鼠疫"), ("16例", "霍乱")]
    assert not fs[0].metric.startswith("一是")


def test_an_announcement_defines_its_company_word():
    text = (
        "东珠生态环保股份有限公司\n关于2019年第四季度主要经营数据的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n"
        "东珠生态环保股份有限公司(以下简称“公司”)根据《上海证券交易所上市公司行业信息披露指引》的相关规定，"
        "现将主要经营数据公告如下：\n"
        "2019年10月至12月，公司及子公司新中标项目3项，金额为人民币202,965,125.00元，"
        "与去年同期(2018年10-12月)相比减少69.17%。\n"
    )
    fs = facts(text)
    assert [(f.text, f.role, f.subject) for f in fs] == [
        ("3项", "value", "东珠生态环保股份有限公司"),
        ("202,965,125.00元", "value", "东珠生态环保股份有限公司"),
        ("69.17%", "delta", "东珠生态环保股份有限公司"),
    ]
    # (人民币 before the amount and a long 与…相比 are not the measure)
    assert [f.metric for f in fs[1:]] == ["金额", "金额"]


def test_departures_from_the_normal_are_changes():
    fs = facts("入梅、出梅较常年分别偏早7天和偏早16天。高温日数(13.7天)较常年同期偏多。")
    assert [(f.text, f.unit, f.role) for f in fs] == [
        ("7天", "day", "delta"), ("16天", "day", "delta"), ("13.7天", "day", "value")]


def test_a_firm_that_plans_to_spend():
    [f, _] = facts("华润双鹤拟斥资7亿元收购济南利民60%股权。")
    assert (f.subject, f.metric) == ("华润双鹤", "斥资")


def test_parts_after_qizhong_grow_in_the_wholes_measure():
    fs = facts("全县规上工业增加值增长14.5%，其中，装备制造增长38.7%，新型材料增长30.3%，生物医药增长5.5%。")
    assert [(f.text, f.metric, f.subject) for f in fs][1:] == [
        ("38.7%", "增加值", "装备制造"), ("30.3%", "增加值", "新型材料"), ("5.5%", "增加值", "生物医药")]


def test_a_season_its_months_and_the_normal():
    fs = facts("主汛期(6月至8月)全国平均降水量336.2毫米，较常年同期(331.7毫米)偏多1.3%。")
    assert [(f.text, f.role, f.metric, f.subject) for f in fs] == [
        ("336.2毫米", "value", "平均降水量", "全国"), ("331.7毫米", "value", "平均降水量", "全国"),
        ("1.3%", "delta", "平均降水量", "全国")]


def test_this_months_growth_is_of_the_same_measure():
    fs = facts("国有控股企业增加值累计同比增长1.6%，当月同比增长8.2%。")
    assert [(f.text, f.metric, f.subject) for f in fs] == [
        ("1.6%", "增加值", "国有控股企业"), ("8.2%", "增加值", "国有控股企业")]


def test_a_sentence_opening_with_a_period_and_a_change_goes_on_with_the_measure():
    fs = facts("全区规模以上工业增加值同比增长1.2%，年内首次实现累计增速由负转正。11月份同比增长7.1%。")
    assert [(f.text, f.metric) for f in fs] == [("1.2%", "规模以上工业增加值"), ("7.1%", "规模以上工业增加值")]


def test_validation_warns_and_never_drops():
    fs = facts("产品合格率为120%。")
    assert len(fs) == 1 and any("above 100%" in w for w in fs[0].warnings)
    fs = facts("合格率从96%提升至87%。")
    assert len(fs) == 2 and any("after" in w for w in fs[1].warnings)


def test_every_seed_fact_is_a_raw_slice():
    for r in extract_files([ROOT / "seeds"]):
        raw = Path(r.source).read_text(encoding="utf-8")
        for f in r.facts:
            assert raw[f.start : f.end] == f.text


_ALPHABET = "0123456789一二三四五六七八九十百千万亿点多余约近超第年月日元吨%个，。；、\n 从由至提升增长下降同比比上年的是在和该区公司|\t"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_extract_never_raises_and_spans_hold(text):
    for f in extract(text, "h"):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text


def test_respectively_pairs_changes_with_earlier_figures():
    fs = facts("一季度，全省接待游客4500万人次，实现旅游收入520亿元，分别增长12.3%和15.6%。")
    assert [(f.text, f.metric) for f in fs] == [
        ("4500万人次", "接待游客"), ("520亿元", "旅游收入"), ("12.3%", "接待游客"), ("15.6%", "旅游收入"),
    ]


def test_respectively_with_a_measure_of_its_own_keeps_it():
    # (a second 分别 clause naming its own measure pairs only the owners with the figures before)
    fs = facts("平安银行、华夏银行的营收分别为1006.68亿元、648.81亿元，同比下滑9.8%；归母净利润分别为383.39亿元、179.82亿元。")
    assert [(f.text, f.metric, f.subject) for f in fs][-2:] == [
        ("383.39亿元", "归母净利润", "平安银行"), ("179.82亿元", "归母净利润", "华夏银行"),
    ]


def test_a_list_ending_in_a_measure_head_gives_each_item_the_measure():
    fs = facts("华夏大盘精选和华夏红利单位净值分别上涨195.85%、111.59%。")
    assert [(f.metric, f.subject) for f in fs] == [("单位净值", "华夏大盘精选"), ("单位净值", "华夏红利")]


def test_more_verbs_of_change():
    fs = facts("门店总数从2023年底的15950家滑落至今年4月的12129家。")
    assert [(f.role, f.direction, f.metric) for f in fs] == [("before", None, "门店"), ("after", "down", "门店")]
    [f] = facts("一季度出口额同比萎缩12%。")
    assert (f.role, f.direction) == ("delta", "down")
    [f] = facts("商品房均价同比上扬5.2%。")
    assert (f.role, f.direction) == ("delta", "up")


def test_one_character_items_of_a_list_name_their_measure():
    fs = facts("其中，精炼铜251.9万吨、原铝868.6万吨、铅219.7万吨、锌252.9万吨，分别比去年同期增长11.54%、4.40%、23.50%和2.14%。")
    assert [f.metric for f in fs] == ["精炼铜", "原铝", "铅", "锌", "精炼铜", "原铝", "铅", "锌"]


def test_share_metric_and_whole_statistics():
    [a, b] = facts("公司研发投入占营业收入的比重为8.6%，较上年提高1.2个百分点。")
    assert (a.metric, a.subject) == ("占营业收入的比重", "研发投入")
    [c] = facts("2025年，全省规模以上工业增加值增长6.1%。")
    assert (c.metric, c.subject) == ("规模以上工业增加值", "全省")
    [d] = facts("分三大门类看，采矿业增加值同比下降0.4%。")
    assert (d.metric, d.subject, d.direction) == ("增加值", "采矿业", "down")


def test_reporter_owns_the_sentence_figures():
    fs = facts("贵州茅台发布公告称，公司2025年实现营业总收入1741亿元，同比增长15.7%。")
    assert [(f.metric, f.subject, f.period) for f in fs] == [
        ("营业总收入", "贵州茅台", "2025年"), ("营业总收入", "贵州茅台", "2025年"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("平遥古城共接待游客28.6万人次，同比增长35%。",
         [("28.6万人次", "接待游客", "平遥古城"), ("35%", "接待游客", "平遥古城")]),
        ("全省城镇新增就业28.6万人。", [("28.6万人", "城镇新增就业", "全省")]),
        ("该企业年产值从2020年的3.2亿元增长到2025年的12.8亿元。",
         [("3.2亿元", "年产值", "该企业"), ("12.8亿元", "年产值", "该企业")]),
        ("市场监管局共抽检食品样品3200批次。", [("3200批次", "抽检食品样品", "市场监管局")]),
        ("比亚迪4月销量为38.1万辆。", [("38.1万辆", "销量", "比亚迪")]),
        ("全县有玻璃器皿生产企业67户，上下游配套企业300余户。",
         [("67户", "玻璃器皿生产企业", "全县"), ("300余户", "上下游配套企业", "全县")]),
    ],
)
def test_metric_and_subject_classes(text, expected):
    assert [(f.text, f.metric, f.subject) for f in facts(text)] == expected


def test_below_zero_and_sudden_drops():
    fs = facts("受寒潮影响，当地气温骤降10摄氏度，最低气温降至零下15摄氏度。")
    assert [(f.text, f.value, f.role, f.direction) for f in fs] == [
        ("10摄氏度", Decimal(10), "delta", "down"), ("零下15摄氏度", Decimal(-15), "after", "down"),
    ]


def test_ratio_and_split_forms():
    [r] = facts("城乡居民收入比5：1。")
    assert (r.text, r.value, r.unit, r.kind) == ("5：1", Decimal(5), "x", "ratio")
    parts = facts("三次产业结构为6.1：44.2：49.7。")
    assert [(p.text, p.unit) for p in parts] == [("6.1", "%"), ("44.2", "%"), ("49.7", "%")]
    assert facts("会议于10:30召开。") == []


def test_adjacent_periods_join():
    [f] = facts("据统计，今年1至10月，全省规上工业企业营业收入同比增长7.8%。")
    assert f.period == "今年1至10月"
    fs = facts("年末全市常住人口530.4万人，比上年末减少2.1万人。")
    assert [(f.metric, f.subject, f.period) for f in fs] == [("常住人口", "全市", "年末")] * 2


def test_period_is_the_one_before_the_figure_and_not_a_comparison_base():
    fs = facts("1-4月份，全国固定资产投资144327亿元，增速比1-3月份回落0.3个百分点。")
    assert [f.period for f in fs] == ["1-4月份", "1-4月份"]
    fs = facts("万科公布前三个月销售金额为460.6亿元，而碧桂园公布，截至2015年3月31日止三个月，集团共实现合同销售金额约177.3亿元。")
    assert [(f.subject, f.period) for f in fs] == [("万科", "前三个月"), ("碧桂园", "截至2015年3月31日止")]
    [g] = facts("社会消费品零售总额同比增幅10.7%。")
    assert (g.role, g.metric) == ("delta", "社会消费品零售总额")


def test_level_reached_by_a_change_and_names_before_a_period():
    fs = facts("报告期内，公司实现营业收入85.6亿元，同比增长12.4%至85.6亿元。")
    assert [(f.text, f.role, f.direction) for f in fs] == [
        ("85.6亿元", "value", None), ("12.4%", "delta", "up"), ("85.6亿元", "after", "up"),
    ]
    fs = facts("中国石化上半年归母净利润为352.9亿元，同比下降15.6%。")
    assert [(f.metric, f.subject, f.period) for f in fs] == [("归母净利润", "中国石化", "上半年")] * 2
    [d] = facts("续航时间约2小时。")
    assert (d.unit, d.qualifier, d.metric) == ("hour", "about", "续航时间")


def test_a_closing_price_after_its_change_is_the_level_reached():
    # (急挫4.02%，收于31.51元/股: the close is where the change ended, worded only by 收于/报收)
    fs = facts("受消息影响，该股昨日急挫4.02%，收于31.51元/股；另一只个股上涨2.1%，报收8.80元/股。")
    assert [(f.text, f.role, f.direction) for f in fs] == [
        ("4.02%", "delta", "down"), ("31.51元/股", "after", "down"),
        ("2.1%", "delta", "up"), ("8.80元/股", "after", "up"),
    ]
    # (a price naming its own measure is a level of its own: 市值为485亿元)
    fs = facts("该股下跌1.34%，当前市值约为485亿元。")
    assert [f.role for f in fs] == ["delta", "value"]


def test_a_compared_figure_near_the_level_is_the_other_measures_level_not_a_gap():
    # (高于…报价34400元/吨 after 35680元/吨: a gap would be nearly all of the level; 140美元/吨
    # after 4820美元/吨 is a gap; percentage points are always a gap)
    fs = facts("复合胶进口成本35680元/吨，高于国内全乳胶报价34400元/吨。烟片为4820美元/吨，高于近月报价140美元/吨。")
    assert [(f.text, f.role) for f in fs] == [
        ("35680元/吨", "value"), ("34400元/吨", "value"), ("4820美元/吨", "value"), ("140美元/吨", "delta"),
    ]
    fs = facts("出口增长13%，高于全省平均水平9个百分点。")
    assert [(f.text, f.role) for f in fs] == [("13%", "delta"), ("9个百分点", "delta")]


def test_a_list_whose_last_item_carries_the_measure_shares_it():
    # (县道、乡道、村道里程分别…: 里程 is what each is measured by, not part of the last name)
    fs = facts("县道、乡道、村道里程分别达到70万公里、124万公里、266万公里。")
    assert [(f.metric, f.subject) for f in fs] == [("里程", "县道"), ("里程", "乡道"), ("里程", "村道")]
    fs = facts("小麦、玉米、大豆播种面积分别为120万亩、80万亩和30万亩。")
    assert [(f.metric, f.subject) for f in fs] == [("播种面积", "小麦"), ("播种面积", "玉米"), ("播种面积", "大豆")]


def test_continents_are_places_that_own_their_bracketed_figures():
    fs = facts("入境旅客中，美国(18,619人次)、澳洲(8,519人次)及加拿大(7,683人次)按年增加。")
    assert [f.subject for f in fs] == ["美国", "澳洲", "加拿大"]


def test_a_sentence_opening_with_qizhong_or_a_year_goes_on_with_the_last_measure():
    fs = facts("全市PM2.5年均浓度为38微克/立方米。在2022年,又进一步降至30微克/立方米。")
    assert [f.metric for f in fs] == ["PM2.5年均浓度", "PM2.5年均浓度"]
    fs = facts("上半年两地区新型储能装机占全国的比重合计为54.5%。其中,西北地区27.3%,华北地区27.2%。")
    assert [(f.metric, f.subject) for f in fs][1:] == [("占全国的比重", "西北地区"), ("占全国的比重", "华北地区")]


def test_parallel_changes_periods_and_flows_are_claims_of_their_own():
    # (two changes of their own measures; the changes of two quarters; a count of visits, which
    # has no attributes: each a claim of its own. 增速…回落 stays with its change)
    fs = facts("其中，教育文化和娱乐类价格上涨2.1%，其他用品和服务类价格上涨4.9%。")
    assert fs[0].claim != fs[1].claim
    fs = facts("分季度看,二季度地区生产总值增长0.8%,四季度增长1.8%。")
    assert fs[0].claim != fs[1].claim
    fs = facts("全省共接待游客493.34万人次,同比增长25.65%;实现旅游收入33.06亿元,同比增长35.47%。")
    assert [f.claim == fs[0].claim for f in fs] == [True, True, False, False]
    fs = facts("5月份，发电5589亿千瓦时，同比增长0.2%，增速较上月回落3.6个百分点。")
    assert len({f.claim for f in fs}) == 1
    fs = facts("储备项目134个，总投资1220.3亿元，年度计划投资131.74亿元。")
    assert len({f.claim for f in fs}) == 1


def test_a_range_a_restated_amount_and_a_split_are_one_claim_each():
    fs = facts("批发价卖到一斤4.3~4.5元，产地收购价一斤3.5~3.6元。")
    assert [f.claim == fs[0].claim for f in fs] == [True, True, False, False] and fs[2].claim == fs[3].claim
    fs = facts("总营收为66.8亿元(约合9.387亿美元),同比下滑8%。")
    assert len({f.claim for f in fs}) == 1
    fs = facts("三次产业占比为6.2:55.5:38.3。")
    assert len({f.claim for f in fs}) == 1 and [f.subject for f in fs] == ["第一产业", "第二产业", "第三产业"]


def test_the_items_of_a_list_of_figures_are_parallel_claims():
    fs = facts("“非接触性”服务业营业收入同比分别增长35.0%和19.1%。")
    assert [f.role for f in fs] == ["delta", "delta"] and fs[0].claim != fs[1].claim


def test_a_mark_passed_after_a_change_is_no_level_reached():
    # (增长20.4%，首次突破5万亿元: a threshold crossed; 增长107%，达到472.5亿元 is where it ended)
    fs = facts("全国餐饮收入52890亿元，增长20.4%，首次突破5万亿元水平。")
    assert [f.role for f in fs] == ["value", "delta", "value"]
    fs = facts("营收增长107%，达到472.5亿元。")
    assert [f.role for f in fs] == ["delta", "after"]


def test_dated_levels_listed_after_a_changes_end_are_ends_too():
    fs = facts("用电量增速逐月提高,由4月份的0.7%回升到5月份的4.6%、6月份的6.1%。")
    assert [(f.text, f.role) for f in fs] == [("0.7%", "before"), ("4.6%", "after"), ("6.1%", "after")]


def test_a_counted_set_takes_its_amounts_of_money_into_its_claim_but_no_other_figures():
    fs = facts("储备项目134个，总投资1220.3亿元，年度计划投资131.74亿元。")
    assert len({f.claim for f in fs}) == 1
    fs = facts("养鸡场建成鸡舍4栋，蛋鸡存栏35万只，年产鲜蛋400万公斤。")
    assert fs[-1].claim != fs[-2].claim
    fs = facts("公司公开发行股票2,500.00万股，发行价格为21.71元/股。")
    assert fs[0].claim != fs[1].claim


def test_list_owner_and_scope_words():
    fs = facts("全县有玻璃器皿生产企业67户。上下游配套企业300余户、3万名产业工人，全产业链产值达40多亿元。")
    assert [(f.text, f.metric, f.subject) for f in fs] == [
        ("67户", "玻璃器皿生产企业", "全县"), ("300余户", "上下游配套企业", "全县"),
        ("3万名", "产业工人", "全县"), ("40多亿元", "全产业链产值", "全县"),
    ]
    fs = facts("过去一年，我国科技发展交出亮眼答卷，全社会研发投入超过3.92万亿元。")
    assert [(f.metric, f.subject) for f in fs] == [("全社会研发投入", "我国")]
    [d] = facts("玻璃器皿经过近300年的发展演变。")
    assert (d.text, d.qualifier) == ("300年", "nearly")


def test_listed_subjects_under_respectively_and_two_year_averages():
    fs = facts("汽车、电气、电子和电力累计增速分别为76.3%、71.9%、37.2%和36.3%。")
    assert [(f.metric, f.subject) for f in fs] == [
        ("累计增速", "汽车"), ("累计增速", "电气"), ("累计增速", "电子"), ("累计增速", "电力"),
    ]
    fs = facts("1-2月，餐饮收入增长49.9%，两年平均下降3.4%。")
    assert [(f.metric, f.direction) for f in fs] == [("餐饮收入", "up"), ("餐饮收入", "down")]
    [g] = facts("爱尔眼科甚至不到1.5%。")
    assert g.metric == ""  or "甚至" not in g.metric


@pytest.mark.parametrize(
    "text,expected",
    [
        # 该项目 in the same sentence as the name it stands for
        ("建设局介绍\n春日阳光下，海旅超体项目的外立面已经完成，该项目共建设地上4层。",
         [("4层", "海旅超体项目")]),
        # the name sits in a figure-less sentence after a scene-setting clause
        ("建设局介绍\n春日阳光下，海旅超体项目的外立面已经完成。该项目合计建筑面积约9.5万平方米。",
         [("9.5万平方米", "海旅超体项目")]),
        # a project named by what is built in the sentence before
        ("新闻\n迎泽区与东瑞集团签约，携手建设东瑞汽车数字文化园。该项目占地面积约150亩。",
         [("150亩", "东瑞汽车数字文化园")]),
        # 该工程 like 该项目
        ("新闻\n2020年杭州市启动了“数字孪生”工程。该工程已建成平台32个。",
         [("32个", "“数字孪生”工程")]),
    ],
)
def test_project_anaphora_resolves_to_the_nearest_project_name(text, expected):
    assert [(f.text, f.subject) for f in facts(text)] == expected


def test_a_figure_alone_in_its_clause_takes_the_metric_of_the_clause_before():
    fs = facts("受宏观经济影响，2015年全省全社会用电量首次出现负增长，同比下降5.94％，2016年持续下降1.95％。")
    assert [(f.text, f.metric, f.subject) for f in fs] == [
        ("5.94％", "全社会用电量", "全省"), ("1.95％", "全社会用电量", "全省"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # places listed before the metric are one subject; under 分别 each gets its figure
        ("上海、北京人均可支配收入均逾2万元，分别为22663元和20630元。",
         [("2万元", "人均可支配收入", "上海、北京"), ("22663元", "人均可支配收入", "上海"),
          ("20630元", "人均可支配收入", "北京")]),
        # a second 分别 clause reuses the list of the clause before with its own metric
        ("汽车、电气和电子累计增速分别为76.3%、71.9%和37.2%，两年平均增速分别为7.3%、12.1%和5.2%。",
         [("76.3%", "累计增速", "汽车"), ("71.9%", "累计增速", "电气"), ("37.2%", "累计增速", "电子"),
          ("7.3%", "两年平均增速", "汽车"), ("12.1%", "两年平均增速", "电气"), ("5.2%", "两年平均增速", "电子")]),
        # figures in brackets after names take the measure of the topic frame
        ("从GDP同比增速来看，江西（6.9%）、福建（6.7%）位列前三。",
         [("6.9%", "GDP同比增速", "江西"), ("6.7%", "GDP同比增速", "福建")]),
    ],
)
def test_listed_places_bracketed_figures_and_topic_frames(text, expected):
    # (位列前三 is a rank of its own: tested with the ranks)
    assert [(f.text, f.metric, f.subject) for f in facts(text) if f.kind != "rank"] == expected


@pytest.mark.parametrize(
    "text,kept",
    [
        ("通常可以在营运后13个月回本。", ["13个月"]),  # a cue after the length of time
        ("行业平均回报期为三个月。", ["三个月"]),  # a …期 word names the measured duration
        ("汤底慢炖8小时。", ["8小时"]),
        ("经过3年发展，公司壮大。", []),  # a time reference stays out
        ("该轮成功避免12小时漂航待时。", ["12小时"]),  # time saved
        ("物流信息每4—6小时自动更新一次。", ["4", "6小时"]),  # an interval (每年, 每3天 stay windows)
        ("预计建成至少需要2年时间。", ["2年"]),  # 时间 after a need is its length, not a window
        ("按4年合同期估算，年均合同金额约2亿元。", ["4年"]),  # the term of a contract
        ("五年时间提升12个百分点。", []),
    ],
)
def test_durations_kept_by_their_cue_words(text, kept):
    assert [f.text for f in facts(text) if f.kind == "duration"] == kept


def test_a_need_a_qualifier_or_a_per_word_ends_no_measure():
    got = {f.text: f.metric for f in facts("预计建成至少需要2年时间。物流节点信息每4—6小时自动更新一次。")}
    assert got == {"2年": "建成", "4": "物流节点信息", "6小时": "物流节点信息"}, got


@pytest.mark.parametrize(
    "text,expected",
    [
        # a short name owning the measure with 的
        ("特斯拉的销量增至93万辆。", [("93万辆", "销量", "特斯拉")]),
        ("小鹏汽车和蔚来汽车的月供货量超过1万辆。", [("1万辆", "月供货量", "小鹏汽车和蔚来汽车")]),
        # ...but not a description, a share or a verb phrase before 的
        ("目前的销量为42万辆。", [("42万辆", "销量", None)]),
        ("网上零售额占社会消费品零售总额的比重为12.9%。", [("12.9%", "占社会消费品零售总额的比重", "网上零售额")]),
    ],
)
def test_owner_before_de_is_the_subject(text, expected):
    assert [(f.text, f.metric, f.subject) for f in facts(text)] == expected


def test_a_bracketed_brand_in_the_headline_repeated_in_the_article_is_its_subject():
    text = (
        "IPO观察｜「捞王」30亿估值冲击港股\n"
        "餐饮上市潮越来越热了，捞王已是二度冲击港股了。\n"
        "捞王招股书显示，2021年度实现收入13亿元。捞王的门店遍布全国。\n"
    )
    [f] = [f for f in facts(text) if f.text == "13亿元"]
    assert f.subject == "捞王"


def test_lists_share_the_last_items_unit_and_magnitude_and_its_role():
    fs = facts("四季度，增速比三季度分别加快0.7、1.0和1.1个百分点。")
    assert [(f.text, f.value, f.unit, f.role, f.direction) for f in fs] == [
        ("0.7", Decimal("0.7"), "pp", "delta", "up"), ("1.0", Decimal("1.0"), "pp", "delta", "up"),
        ("1.1个百分点", Decimal("1.1"), "pp", "delta", "up"),
    ]
    assert [f.value for f in facts("项目投资分别为3、5和7亿元；两省弃水142亿、314亿千瓦时。")] == [Decimal("3e8"), Decimal("5e8"), Decimal("7e8"), Decimal("1.42e10"), Decimal("3.14e10")]


def test_places_listed_before_respectively_pair_with_the_figures():
    fs = facts("湖北、安徽和上海分别以10804.66亿元、10347.7亿元和10010.25亿元跻身万亿俱乐部。")
    assert [(f.text, f.subject) for f in fs] == [("10804.66亿元", "湖北"), ("10347.7亿元", "安徽"), ("10010.25亿元", "上海")]


def test_a_segment_subject_stays_in_its_sentence():
    # 采矿业 owns 增加值 in its sentence; it is not whom the next sentence is about
    fs = facts("全年采矿业增加值8975亿元，比上年增长4.05%。粮食总产量69541万吨，比上年增长1.3%。")
    assert [f.subject for f in fs] == ["采矿业", "采矿业", None, None]
    # the three sectors of GDP are parts of the region's figures, not owners
    [f] = facts("深圳第一产业增加值为12.49亿元。")
    assert (f.metric, f.subject) == ("第一产业增加值", "深圳")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a price quoted per one unit named before it is a rate, and 一斤 is no figure
        ("麒麟瓜批发价卖到一斤4.3~4.5元。", [("4.3", Decimal("8600"), "CNY/t"), ("4.5元", Decimal("9000"), "CNY/t")]),
        ("一公斤车厘子价格为60元。", [("60元", Decimal("60000"), "CNY/t")]),
        # (per mu, written plain, as the gold sets write it: 每亩出货150公斤 is 150 kg)
        ("每亩土地流转费1200元。", [("1200元", Decimal("1200"), "CNY")]),
        ("圣女果5.98元/市斤。", [("5.98元/市斤", Decimal("11960"), "CNY/t")]),
        ("新品种每亩能够达到3万公斤。", [("3万公斤", Decimal("30"), "t")]),
        ("每公斤30元计算，每亩就可以增收5000元。", [("30元", Decimal("30000"), "CNY/t"), ("5000元", Decimal("5000"), "CNY")]),
        # a pack size is not a unit price
        ("一斤装的礼盒卖50元。", [("一斤", Decimal("0.0005"), "t"), ("50元", Decimal("50"), "CNY")]),
        # the unit quoted right after the price (160美元一吨) is its unit too, and no figure
        ("平均到岸价格近160美元一吨。", [("160美元", Decimal("160"), "USD/t")]),
        ("猪肉价格20元一斤，白菜卖到2元一公斤。", [("20元", Decimal("40000"), "CNY/t"), ("2元", Decimal("2000"), "CNY/t")]),
        ("门票120元一张。", [("120元", Decimal("120"), "CNY")]),  # (a count is no unit of quotation here)
        # (no colloquial last digit after 亿元: 50亿元一期 is 50亿元 and the project's first phase)
        ("总投资50亿元一期投资20亿元。", [("50亿元", Decimal("5000000000"), "CNY"), ("20亿元", Decimal("2000000000"), "CNY")]),
        # a price in 万 before a slash and a unit leaves out its 元; a rate in time is no price
        ("碳酸锂价格跌至10万/吨。", [("10万/吨", Decimal("100000"), "CNY/t")]),
        ("均价5.2万/平方米，单车售价20万/辆。", [("5.2万/平方米", Decimal("52000"), "CNY/m2"), ("20万/辆", Decimal("200000"), "CNY/辆")]),
        ("新增产能10万/年。", []),
    ],
)
def test_prices_per_unit(text, expected):
    assert [(f.text, f.value, f.unit) for f in facts(text)] == expected


def test_city_names_are_subjects_and_a_headline_after_a_colon_names_the_article():
    [f] = facts("深圳上半年GDP增长3%，领跑一线城市")
    assert (f.subject, f.metric) == ("深圳", "GDP")
    text = "江西省宜春市：高安市3月下旬水果市场分析\n圣女果5.98元/市斤，上涨20.08%。\n"
    assert {f.subject for f in facts(text)} == {"高安市"}


def test_a_unit_price_holds_for_later_prices_of_the_sentence():
    fs = facts("长豆角年前一斤8~9元，年后降至4元。下一句售价50元。")
    assert [(f.text, f.value, f.unit) for f in fs] == [
        ("8", Decimal("16000"), "CNY/t"), ("9元", Decimal("18000"), "CNY/t"), ("4元", Decimal("8000"), "CNY/t"),
        ("50元", Decimal("50"), "CNY"),
    ]


def test_a_named_place_in_a_later_clause_outranks_the_speaker_and_a_description():
    fs = facts("张文堂表示，陕西地理环境优越，2017年，陕西省园林水果产量达1801.02万吨，较上年增长5.1%。")
    assert {f.subject for f in fs} == {"陕西省"}
    # a scope word (全国) does not take the figures from the company that announces them
    fs = facts("恒大地产集团昨日宣布，将在全国所有楼盘实施无理由退房，该措施覆盖全国147个城市的305个楼盘。")
    assert {f.subject for f in fs} == {"恒大地产集团"}
    [f] = facts("水果大省陕西在2017年的园林水果产量达1801.02万吨。")
    assert f.subject == "陕西"


def test_a_list_of_figures_answers_a_list_of_items_without_respectively():
    fs = facts("同期，加工贸易和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%。")
    assert [(f.text, f.metric, f.subject) for f in fs] == [
        ("10293亿元", "进出口", "加工贸易"), ("3544.9亿元", "进出口", "保税物流"),
        ("1.9%", "进出口", "加工贸易"), ("38.4%", "进出口", "保税物流"),
    ]


def test_a_contribution_is_not_the_part_of_a_later_share():
    fs = facts("江苏省民营企业进出口12315.2亿元，拉动进出口增长9.6个百分点，占外贸总值的37.5%。")
    assert [(f.text, f.subject) for f in fs][-1] == ("37.5%", "江苏省民营企业")


def test_selling_verbs_and_holiday_times_are_not_metric_words():
    fs = facts("节前批发价一斤70~80元的龙豆，如今卖到140元。")
    assert [(f.text, f.metric, f.period) for f in fs][-1] == ("140元", "批发价", "如今")
    [c, r] = facts("通用汽车2021年实际销量约为4.3万辆，排在第21位。")
    assert r.metric == c.metric


@pytest.mark.parametrize(
    "text,expected",
    [
        ("黄洋葱年前一斤0.5元，年后0.4元，价格波动不明显。", [("0.5元", "before", None), ("0.4元", "after", "down")]),
        ("长豆角年前一斤8~9元，年后降至4元。", [("8", "before", None), ("9元", "before", None), ("4元", "after", "down")]),
        ("去年营收10亿元，今年营收12亿元。", [("10亿元", "before", None), ("12亿元", "after", "up")]),
        # no contrast of times: two levels stay levels
        ("营收10亿元，利润2亿元。", [("10亿元", "value", None), ("2亿元", "value", None)]),
    ],
)
def test_levels_set_against_each_other_by_time_words_are_a_change(text, expected):
    fs = facts(text)
    assert [(f.text, f.role, f.direction) for f in fs] == expected
    assert len({f.claim for f in fs}) == (1 if expected[0][1] == "before" else len(fs))


def test_place_names_compile_to_a_trie_where_the_longest_wins():
    from factx.attribute import _default_lexicon, _literal_alt

    assert _literal_alt("深圳|深圳市|全国") == "(?:(?:全国|深圳(?:市)?))"
    assert _literal_alt("a|b(c)") == "a|b(c)"  # regex syntax: left as written
    rx = _default_lexicon().region_rx
    assert [rx.match(x).group(0) for x in ("深圳市", "深圳市场", "全国")] == ["深圳市", "深圳", "全国"]


def test_a_section_without_a_subject_inherits_the_documents():
    text = (
        "A股公司研发投入创新高\n"
        "2021年，A股公司研发支出总额创新高，百亿级研发企业达到17家。\n"
        "14家公司去年新增\n"
        "去年新增专利数量超过1000件的，共计有14家公司。\n"
    )
    assert {f.subject for f in facts(text)} == {"A股公司"}


def test_a_level_against_its_comparison_base_is_a_change():
    fs = facts("万科前三个月销售金额为460.6亿元，同比去年的542.3亿元减少15%。")
    assert [(f.text, f.role, f.direction) for f in fs] == [
        ("460.6亿元", "after", "down"), ("542.3亿元", "before", None), ("15%", "delta", "down"),
    ]
    assert len({f.claim for f in fs}) == 1
    fs = facts("高峰时有五六万家房地产开发企业，现在还有两三万家。")
    assert [(f.text, f.role) for f in fs] == [("五", "before"), ("六万家", "before"), ("两", "after"), ("三万家", "after")]


def test_names_under_a_topic_frame_take_its_measure():
    fs = facts("从纯电动汽车在总销量中的占比来看，丰田为0.1％，本田为0.3％，均很低。")
    assert [(f.text, f.metric, f.subject) for f in fs] == [
        ("0.1％", "纯电动汽车在总销量中的占比", "丰田"), ("0.3％", "纯电动汽车在总销量中的占比", "本田"),
    ]


def test_a_segments_share_belongs_to_the_segment():
    fs = facts("我国全年规模以上工业增加值增长5.8%，规模以上装备制造业增加值增长7.7%，占规模以上工业增加值比重达34.6%。")
    assert fs[-1].subject == "规模以上装备制造业"


def test_place_with_diqu_and_places_named_as_a_group():
    fs = facts("唐山地区重废市场报价在3430元；江阴、上海两地重废市场报价均在3730元。")
    assert [(f.metric, f.subject) for f in fs] == [("重废市场报价", "唐山地区"), ("重废市场报价", "江阴、上海")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("驰宏锌锗和荣盛发展都利用募集资金4亿元。", [("4亿元", "利用募集资金", "驰宏锌锗和荣盛发展", "value")]),
        ("国内甲醇均价较年初上涨334元/吨，至2902元/吨。",
         [("334元/吨", "甲醇均价", "国内", "delta"), ("2902元/吨", "甲醇均价", "国内", "after")]),
        ("动力煤价格小幅回落到835元/吨。", [("835元/吨", "动力煤价格", None, "after")]),
        ("据苏州市统计局数据，一季度全市实现地区生产总值5136.7亿元。", [("5136.7亿元", "地区生产总值", "全市", "value")]),
    ],
)
def test_group_subjects_and_small_words_around_figures(text, expected):
    assert [(f.text, f.metric, f.subject, f.role) for f in facts(text)] == expected


def test_places_counted_in_a_list_keep_the_count_of_the_clause_head():
    fs = facts("苏州新增本土无症状感染者37例，其中昆山市30例、苏州高新区1例、相城区2例。")
    assert [(f.text, f.metric, f.subject) for f in fs][1:] == [
        ("30例", "新增本土无症状感染者", "昆山市"), ("1例", "新增本土无症状感染者", "苏州高新区"),
        ("2例", "新增本土无症状感染者", "相城区"),
    ]


def test_two_dated_levels_then_their_change_are_its_ends():
    fs = facts("年初甲醇汽油国内均价为6800元/吨，7月末为7890元/吨，涨幅达16.03%。")
    assert [(f.text, f.role, f.direction) for f in fs] == [
        ("6800元/吨", "before", None), ("7890元/吨", "after", "up"), ("16.03%", "delta", "up"),
    ]
    # a target set against last year's result is another measure
    fs = facts("恒大地产2014年全年销售额达1315亿元，2015年销售目标定为1500亿元，较2014年目标增36.4%。")
    assert [f.role for f in fs] == ["value", "value", "delta"]


def test_relative_clauses_and_counted_sets_are_no_owners():
    fs = facts("A股公司盈利面改善：上半年实现盈利的公司有3809家；业绩翻倍公司1208家，42家公司归母净利润超百亿元。")
    assert fs[0].subject != "盈利"
    assert "翻倍" not in [f.text for f in fs]
    assert [f.subject for f in fs if f.text == "42家"] != ["业绩翻倍公司"]


def test_a_name_may_carry_a_bracketed_note():
    [a, b] = facts("6月末，深圳金融机构（含外资）本外币存款余额119663.05亿元，同比增长10.9%。")
    assert (a.metric, a.subject) == ("本外币存款余额", "深圳金融机构（含外资）")


def test_whole_region_is_not_resolved_to_an_offices_place():
    [f] = facts("据苏州市统计局公布的数据，一季度全市实现生产总值5136.7亿元。")
    assert f.subject == "全市"
    [g] = facts("云南省电源装机快速增长，全省电源总装机达7915万千瓦。")
    assert g.subject == "云南省"


def test_a_chain_of_places_names_the_innermost():
    from factx.attribute import _default_lexicon, split_subject

    lex = _default_lexicon()
    assert split_subject("怀化市通道县坪坦乡总面积", lex) == ("坪坦乡", "总面积")
    assert split_subject("杭州市西湖区生产总值", lex) == ("西湖区", "生产总值")
    assert split_subject("苏州高新区投资", lex)[0] == "苏州高新区"  # 苏州 is one name, not 苏 + 州
    assert split_subject("四川跨省跨区电力交换能力", lex)[0] == "四川跨省跨区"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("全市35个行业大类中有七成行业实现增长。", [("35个", Decimal("35"), "个"), ("七成", Decimal("70"), "%")]),
        ("实现旅游产值30亿以上。", [("30亿", Decimal("3e9"), "CNY")]),  # a money word before, a qualifier after
        ("驰宏锌锗豪掷37亿扩产能。", [("37亿", Decimal("3.7e9"), "CNY")]),
        ("驰宏锌锗投资1亿加元购得加拿大赛尔温铅锌矿50%的控股权。", [("1亿加元", Decimal("1e8"), "CAD"), ("50%", Decimal("50"), "%")]),
    ],
)
def test_more_units_and_money_cues(text, expected):
    assert [(f.text, f.value, f.unit) for f in facts(text)] == expected


def test_a_share_in_tenths_measures_those_named_after_it():
    got = {f.text: f for f in facts("今年高考报名人数减少24315人，减幅8.7%，近7成考生可以上大学。")}
    # (no level the fall reached, nor a rate of the fall: a share of the candidates)
    assert (got["7成"].role, got["7成"].metric) == ("value", "考生可以上大学")
    [g] = facts("城乡市场销售平稳增长，超八成商品零售实现增长。")
    assert (g.role, g.metric) == ("value", "商品零售实现增长")
    assert [f.metric for f in facts("新增影院和银幕中，4成投向二线城市，三成流向四线城市。")] == ["投向二线城市", "流向四线城市"]


def test_zero_of_retail_does_not_end_the_noun_after_a_count():
    [f] = facts("全市共有3家零售企业入选。")
    assert f.metric == "零售企业"


def test_an_addition_listed_with_its_noun_after_each_count():
    got = [(f.text, f.role, f.direction) for f in facts("五年来，新增的5477家影院和3.88万块银幕。")]
    assert got == [("5477家", "delta", "up"), ("3.88万块", "delta", "up")]


def test_kuai_before_the_thing_counted_counts_pieces():
    got = [(f.text, f.unit) for f in facts("五年来新增影院5477家、银幕3.88万块，新增3.88万块银幕。当日拍出3块地，他花了5000块。")]
    assert ("3.88万块", "CNY") not in got and got.count(("3.88万块", "块")) == 2
    assert ("3块", "块") in got and ("5000块", "CNY") in got
    # (the things named earlier in the sentence, not only in the figure's clause; money words there do not count)
    got = [(f.text, f.unit) for f in facts("全国影院银幕数为3.4万块，2020年增加至7.2万块。全年生产总值3000亿元，人均收入5万块。")]
    assert ("7.2万块", "块") in got and ("5万块", "CNY") in got


def test_one_character_head_words_do_not_cut_words():
    [f] = facts("全市就业人数达到120万人。")
    assert f.metric == "就业人数"
    [g, _] = facts("我国经济总量占世界经济的比重达百分之十八点五，提高七点二个百分点。")
    assert g.metric.startswith("经济总量")
    [h] = facts("全国其他用品和服务价格上涨3.4%。")
    assert h.subject == "全国"


def test_an_anaphor_resolves_to_a_name_with_quotes():
    text = "新闻\n太重码头开辟的“一带一路”新航线正式开通。之后，该航线共计接卸船舶28航次。"
    [f] = [f for f in facts(text) if f.text == "28航次"]
    assert f.subject == "“一带一路”新航线"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list item's number is no part of the name
        ("12、京东集团第二季度收入2914亿元。", [("2914亿元", "京东集团", "收入", "第二季度")]),
        ("1、SQM的总收入为11.57亿美元。", [("11.57亿美元", "SQM", "总收入", None)]),
        ("（三）全市工业增加值增长5%。", [("5%", "全市", "工业增加值", None)]),
        # fiscal years and quarters are periods
        ("阿里巴巴2025财年第一财季营收2432.36亿元。", [("2432.36亿元", "阿里巴巴", "营收", "2025财年第一财季")]),
        # "attributable to" phrases name the measure, not whose it is
        ("零跑汽车上半年营收88.5亿元；公司权益持有人应占净亏损为22.12亿元。",
         [("88.5亿元", "零跑汽车", "营收", "上半年"), ("22.12亿元", "零跑汽车", "权益持有人应占净亏损", "上半年")]),
        ("万科上半年营收1000亿元，归属于上市公司股东的净利润为50亿元。",
         [("1000亿元", "万科", "营收", "上半年"), ("50亿元", "万科", "归属于上市公司股东的净利润", "上半年")]),
    ],
)
def test_list_numbers_fiscal_periods_and_attributable_measures(text, expected):
    assert [(f.text, f.subject, f.metric, f.period) for f in facts(text)] == expected


def test_a_level_and_the_same_period_a_year_earlier_are_after_and_before():
    fs = facts("京东物流上半年总收入达到863亿元；归属公司所有者盈利22.64亿元，上年同期亏损6.37亿元。")
    assert [(f.text, f.role, f.direction, f.period) for f in fs][1:] == [
        ("22.64亿元", "after", "up", "上半年"), ("6.37亿元", "before", None, "上年同期"),
    ]
    assert fs[1].claim == fs[2].claim
    # the base first, the level after it: 比去年同期的X有所下降，为Y
    fs = facts("净财务费用比去年同期的1980万美元有所下降，为1770万美元。")
    assert [(f.text, f.role, f.direction) for f in fs] == [("1980万美元", "before", None), ("1770万美元", "after", "down")]
    # a growth rate a year earlier stays a change
    fs = facts("网上零售在上年同期18.0%的高增速基础上，继续实现38.6%的增长。")
    assert [f.role for f in fs] == ["delta", "delta"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a price per a quantity of a measure: 元/500克 = ×2000 per tonne
        ("排骨均价为37.34元/500克。", [("37.34元/500克", Decimal("74680"), "CNY/t")]),
        ("批发价为120元/50公斤。", [("120元/50公斤", Decimal("2400"), "CNY/t")]),
        ("每500克12元。", [("12元", Decimal("24000"), "CNY/t")]),
        # a count after the slash is no quantity of a measure
        ("售价3元/2件。", [("3元", Decimal("3"), "CNY"), ("2件", Decimal("2"), "件")]),
    ],
)
def test_prices_per_a_quantity(text, expected):
    assert [(f.text, f.value, f.unit) for f in facts(text)] == expected


def test_a_list_of_items_owning_one_measure_gives_each_figure_its_item():
    fs = facts("水果价格有涨有跌。其中，橙子、苹果的平均零售价格，分别上涨了13.99%、1.16%。")
    assert [(f.subject, f.metric) for f in fs] == [("橙子", "平均零售价格"), ("苹果", "平均零售价格")]


def test_a_named_market_standing_alone_is_a_subject():
    # a marketplace heading a report: its figures are the market's
    fs = facts("苏州南环桥市场：本周农产品行情\n本周猪肉批发价每公斤是13.8元，与上周价格比，下跌2%。")
    assert {f.subject for f in fs} == {"苏州南环桥市场"}
    fs = facts("武汉白沙洲农产品大市场本周监测的蔬菜均价为3.06元/公斤。")
    assert fs[0].subject == "武汉白沙洲农产品大市场"
    # a market of a product, followed by what is measured, is no name
    assert facts("国内市场规模达到100亿元。")[0].subject == "国内"
    assert facts("北京地区重废市场报价3380元/吨。")[0].subject == "北京地区"


@pytest.mark.parametrize(
    "text,expected",
    [
        # 上市 / 开市 are verbs, 市场 no city: no name ends there
        ("今日小龙虾日上市量达到30吨。", [("30吨", None, "小龙虾日上市量", "今日")]),
        ("春节后，郑州农贸市场渐次开市。龙豆每斤140元。", [("140元", "郑州", "龙豆", "春节后")]),
        # a comparison with last week is no part of the measure
        ("批发价每公斤42元，比上周价格下跌4%。", [("42元", None, "批发价", None), ("4%", None, "批发价", None)]),
        ("本周洋鸡蛋价格暂时平稳在9.2元/公斤。", [("9.2元/公斤", None, "洋鸡蛋价格", "本周")]),
    ],
)
def test_market_report_wording(text, expected):
    assert [(f.text, f.subject, f.metric, f.period) for f in facts(text)] == expected


def test_sections_under_an_item_headline_take_the_items_name():
    page = (
        "苏州南环桥市场：本周农产品行情\n本周猪肉批发价每公斤是13.8元，与上周价格比，下跌2%。\n"
        "荆州：市场肉价持续回落\n日期:2014-03-28  来源:荆州晚报\n昨日，记者从市物价局获悉，各类品种价格有所变化。\n"
        "肉禽蛋价格持续回落\n据悉，本期鸡蛋平均零售价格为4.71元/500克，较上期下降2.89%。\n"
        "今日要闻\n" + "本报讯 这是另一篇没有数字的完整文章，讲述了科研工作者的故事。" * 8 + "\n"
        "科研攻关\n共有成员十个。\n"
    )
    subjects = [(f.text, f.subject) for f in facts(page)]
    assert subjects[:4] == [("13.8元", "苏州南环桥市场"), ("2%", "苏州南环桥市场"), ("4.71元/500克", "荆州"), ("2.89%", "荆州")]
    # a whole article without figures in between ends the item: back to the page's headline
    assert subjects[4][0] == "十个" and subjects[4][1] != "荆州"


@pytest.mark.parametrize(
    "text,expected",
    [
        # a change, then the level it reached (the level far above the change)
        ("毛利率同比上升1%至36%。", [("1%", "delta", "exact"), ("36%", "after", "exact")]),
        # a range of changes stays a range
        ("预计营收增长5%至8%。", [("5%", "delta", "at_least"), ("8%", "delta", "at_most")]),
        ("净利润比上年同期下降54%至61%。", [("54%", "delta", "at_least"), ("61%", "delta", "at_most")]),
    ],
)
def test_change_to_level_or_range(text, expected):
    assert [(f.text, f.role, f.qualifier) for f in facts(text)] == expected


def test_a_business_anaphor_under_a_sub_heading_is_the_heading():
    text = "SQM半年报\nSPN业务\n报告期内，SPN业务的毛利润占比为20%。\n碘及衍生物\n报告期内，该业务的毛利润占比为13%。\n"
    assert [(f.text, f.subject) for f in facts(text)] == [("20%", "SPN业务"), ("13%", "碘及衍生物")]


def test_a_rate_compared_with_is_a_change_of_whom_the_comparison_names():
    fs = facts("深圳上半年GDP同比增长3%，增速高于深圳今年第一季度的2%，也高于广东省同期的2%，全国的2.5%。")
    assert [(f.role, f.subject, f.metric, f.period) for f in fs] == [
        ("delta", "深圳", "GDP", "上半年"),
        ("delta", "深圳", "GDP", "今年第一季度"),
        ("delta", "广东省", "GDP", "上半年"),
        ("delta", "全国", "GDP", "上半年"),
    ]
    # a level compared with is a level (高于…的0.38美元), not a difference
    fs = facts("二季度每股收益为0.51美元，高于分析师一致预期的0.38美元。")
    assert [f.role for f in fs] == ["value", "value"]


def test_a_data_provider_is_not_whose_figures_it_reports():
    fs = facts("克而瑞发布数据显示，65家典型房企融资总量为523.46亿元。")
    assert {f.subject for f in fs} == {None}
    # a company announcing its own figures still owns them
    assert facts("万科公布，一季度销售额为542亿元。")[0].subject == "万科"


def test_a_place_of_origin_names_a_product_not_whose_price_it_is():
    fs = facts("高安市水果价格\n其中：圣女果5.98元/市斤；新疆香梨9.80元/市斤，上涨9.03%。")
    assert [(f.subject, f.metric) for f in fs] == [("高安市", "圣女果"), ("高安市", "新疆香梨"), ("高安市", "新疆香梨")]
    # a measure of a place is still the place's
    assert [(f.subject, f.metric) for f in facts("新疆棉花价格为1.5万元/吨。")] == [("新疆", "棉花价格")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # names listed before a measure are together whose figure it is
        ("亚马逊、谷歌、META（脸书）、微软等软件类公司研发强度超过10%。",
         [("亚马逊、谷歌、META（脸书）、微软等软件类公司", "研发强度")]),
        ("电子行业中的英特尔、高通、思科、英伟达研发强度均超过20%。", [("英特尔、高通、思科、英伟达", "研发强度")]),
        # goods listed stay in the measure, and a named place keeps the figure
        ("1-8月，江苏省金属矿砂、农产品和能源类大宗商品进口2087.5亿元，增长39.4%。",
         [("江苏省", "金属矿砂、农产品和能源类大宗商品进口")] * 2),
    ],
)
def test_a_listed_group_before_a_measure(text, expected):
    assert [(f.subject, f.metric) for f in facts(text)] == expected


def test_a_year_without_nian_before_a_company_measure_is_a_period():
    assert [(f.subject, f.metric, f.period) for f in facts("佩蒂股份2024净利润同比大增1742%")] == [("佩蒂股份", "净利润", "2024")]
    assert facts("投资2000万元建设工厂。")[0].period is None


def test_measures_listed_with_fenbie_are_metrics_not_segments():
    fs = facts("营业收入和净利润同比增速分别为52.36%和92.79%。")
    assert [(f.subject, f.metric) for f in fs] == [(None, "营业收入"), (None, "净利润")]
    fs = facts("汽车、电气、电子和电力累计增速分别为76.3%、71.9%、50%和40%。")
    assert [f.subject for f in fs] == ["汽车", "电气", "电子", "电力"]


def test_model_names_own_measures_and_pronouns_are_no_subjects():
    assert [(f.subject, f.metric) for f in facts("与2017年相比，NCM811的电池包成本下降2.5%。")] == [("NCM811", "电池包成本")]
    assert facts("TOP20的房企有6家。")[0].subject is None  # a rank set owns nothing
    assert facts("它们的电池寿命为8年。")[0].subject is None
    assert facts("假设为了实现目标，PHEV达到0.9亿辆。")[0].subject is None


def test_city_is_no_place_suffix_and_a_rate_noun_makes_a_change():
    assert [(f.subject, f.metric) for f in facts("二手住宅方面，上涨城市仅3个，下跌城市多达63个。")] == [
        (None, "上涨城市"), (None, "下跌城市"),
    ]
    fs = facts("仅有的3个上涨城市是海口、唐山和赣州：赣州涨幅最大，为0.4%，唐山上涨0.2%。")
    assert [(f.text, f.role, f.direction) for f in fs][1:] == [("0.4%", "delta", "up"), ("0.2%", "delta", "up")]


def test_a_listed_company_with_its_stock_code_opens_an_item():
    text = (
        "2021年A股最亏钱公司TOP5\n"
        "5.正邦科技（002157.SZ） 净利润亏损:182亿\n"
        "业绩变动原因：公司销售生猪1,492.67万头，同比增长56.14%。\n"
        "4.宁德时代（300750.SZ）净利润盈利：140亿\n"
    )
    # (the headline's TOP5 is a place of its own, kept apart from the items)
    assert [(f.text, f.subject, f.metric) for f in facts(text) if f.kind != "rank"] == [
        ("182亿", "正邦科技", "净利润亏损"),
        ("1,492.67万头", "正邦科技", "销售生猪"),
        ("56.14%", "正邦科技", "销售生猪"),
        ("140亿", "宁德时代", "净利润盈利"),
    ]


def test_a_short_name_announcing_results_is_their_subject_and_a_press_office_is_not():
    fs = facts("三川智慧昨日（1月28日）收盘后发布业绩预告，预计实现归母净利润1.28亿元~1.6亿元。")
    assert {f.subject for f in fs} == {"三川智慧"}
    text = "上半年GDP同比增长4.7%\n国务院新闻办公室今天举行新闻发布会，国家统计局发布的数据显示，今年上半年经济运行平稳。\n人民币贷款新增10.72万亿元。\n"
    assert facts(text)[-1].subject != "国务院新闻办公室"


def test_names_learned_in_a_document_are_known_later():
    text = (
        "稀土概念股业绩预告\n"
        "按预告净利润同比增长下限来看，正海磁材、金力永磁、北方稀土、三川智慧净利润增幅有望超过100%。\n"
        "正海磁材净利润增幅最高，预计实现归母净利润3.1亿元~3.8亿元。\n"
    )
    fs = facts(text)
    assert (fs[0].subject, fs[0].metric) == ("正海磁材、金力永磁、北方稀土、三川智慧", "净利润增幅")
    assert [f.subject for f in fs[1:]] == ["正海磁材", "正海磁材"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an owner before measures listed with 分别
        ("沪深主板（非金融）的营收和净利增幅分别为30.9%和80.81%。", [("沪深主板（非金融）", "营收"), ("沪深主板（非金融）", "净利")]),
        # market boards are named scopes
        ("分板块看，科创板营业收入同比增长52.36%。", [("科创板", "营业收入")]),
        # the whole a share is taken of is not whose share it is
        ("江苏外贸进出口总值达3.29万亿元，在全国进出口总值中占比13.3%。", [("江苏", "外贸进出口总值"), ("江苏", "全国进出口总值中占比")]),
    ],
)
def test_owners_boards_and_wholes(text, expected):
    assert [(f.subject, f.metric) for f in facts(text)] == expected


def test_adverbs_open_no_metric():
    fs = facts("华颂7销量惨淡，甚至前九个月的累计销量不足800辆。")
    assert fs[0].metric == "前九个月的累计销量" or "甚至" not in fs[0].metric


def test_an_organisations_own_data_office_speaks_for_it():
    text = (
        "本周市场动态\n本周新鲜蔬菜的进场量在不断增多。\n"
        "武汉白沙洲大市场信息中心3月24日—3月28日监测二十个蔬菜品种的均价是3.06元/公斤。\n"
        "本周水产品市场行情变化不大。监测十个大宗品种鱼的均价是15.95元/公斤。\n"
    )
    assert {f.subject for f in facts(text) if f.unit == "CNY/t"} == {"武汉白沙洲大市场"}


def test_a_place_owns_its_measure_with_de_and_exceeding_is_no_difference():
    fs = facts("全球的销售总量超过了100万台，同比增长了54%。")
    assert [(f.subject, f.role) for f in fs] == [("全球", "value"), ("全球", "delta")]


def test_listed_periods_pair_with_the_figures_after_fenbie():
    fs = facts("今年一、二、三季度国内生产总值两年平均增速分别为5%、5.5%和4.9%。")
    assert [f.period for f in fs] == ["一季度", "二季度", "三季度"]
    assert [f.period for f in facts("1、2月份销量分别为10万辆和12万辆。")] == ["1月份", "2月份"]


def test_a_period_named_in_a_figureless_sentence_holds_for_the_next_one():
    fs = facts("今年11月份，新房价格上涨的城市分别为北京、上海、三亚。其中，三亚新房环比上涨0.7%。")
    assert fs[0].period == "今年11月份"


def test_travel_seasons_and_holidays_are_periods():
    fs = facts("民航局预计，春运全国民航旅客运输量9500万人次，同比增长5.3%。")
    assert [(f.subject, f.metric, f.period) for f in fs] == [("全国", "民航旅客运输量", "春运")] * 2


def test_anaphora_keep_brackets_and_descriptions_are_no_owners():
    text = "今年以来，太重集团(大同)起重机有限公司销售额已突破6100万元。该公司一次装配合格率从87.37%提升至96.5%。"
    assert {f.subject for f in facts(text)} == {"太重集团(大同)起重机有限公司"}
    assert facts("在2019年度，与捞王会员积分系统相关的负债达167万元。")[0].subject is None
    assert [(f.subject, f.period) for f in facts("南昌：到2023年数字产业营收突破1000亿元")] == [("数字产业", "2023年")]


def test_items_listed_before_fenbie_and_a_measure_after_it():
    fs = facts("1-8月，江苏省集成电路、笔记本电脑、电工器材、太阳能电池分别出口1000亿元、800亿元、600亿元和400亿元。")
    assert [(f.subject, f.metric) for f in fs] == [
        ("集成电路", "出口"), ("笔记本电脑", "出口"), ("电工器材", "出口"), ("太阳能电池", "出口"),
    ]
    fs = facts("苋菜、青皮冬瓜分别比上周上涨11.95%、8.52%。")
    assert [f.subject for f in fs] == ["苋菜", "青皮冬瓜"]


def test_a_level_set_against_last_weeks_is_the_after_of_that_change():
    fs = facts("监测二十个蔬菜品种的均价是3.06元/公斤，与上周均价3.17元/公斤相比略降3.47%。")
    assert [(f.text, f.role, f.direction) for f in fs][1:] == [
        ("3.06元/公斤", "after", "down"), ("3.17元/公斤", "before", None), ("3.47%", "delta", "down"),
    ]
    assert len({f.claim for f in fs[1:]}) == 1


def test_a_part_named_for_its_share_does_not_carry_on():
    fs = facts("全年农业生产形势良好。主产区粮食产量占粮食总产量的77.9%。棉花产量561.8万吨。")
    assert [f.subject for f in fs] == ["主产区", None]
    # a place named for its share still is the topic
    fs = facts("我国经济总量占世界经济的比重达18.5%。人均国内生产总值增加到8.1万元。")
    assert [f.subject for f in fs] == ["我国", "我国"]


def test_a_sentence_after_a_semicolon_goes_on_with_the_measure():
    fs = facts("11月，社会消费品零售总额41043亿元，同比增长3.9%；两年平均增长4.4%；环比增长0.22%。")
    assert [f.metric for f in fs] == ["社会消费品零售总额"] * 4
    # after a full stop it does not
    assert facts("社会消费品零售总额41043亿元。环比增长0.22%。")[-1].metric != "社会消费品零售总额"


def test_a_pronoun_speaking_is_no_subject():
    assert facts("他分析称，能繁母猪存栏量在4500万头上下。")[0].subject is None


def test_a_counted_noun_ends_where_a_period_or_a_measure_of_it_begins():
    fs = facts("今年有42家上市公司上半年归母净利润超百亿元。")
    assert fs[0].text == "42家" and fs[0].metric == "上市公司"
    assert facts("其中42家公司归母净利润超百亿元。")[0].metric == "公司"
    # counted companies own the measure that follows them; counted goods do not
    fs = facts("全市电子商务网络零售额达9.81亿元。其中4家重点监测电商企业销售额达18300万元。")
    assert (fs[1].metric, fs[2].metric, fs[2].subject) == ("重点监测电商企业", "销售额", "重点监测电商企业")
    fs = facts("全市监测十个大宗品种鱼的均价是15.95元/公斤。")
    assert fs[-1].subject != "大宗品种鱼"


def test_economic_regions_are_subjects_and_their_numerals_no_figures():
    fs = facts("1-4月份，东部地区投资同比增长8.9%，中部地区投资增长11.8%。")
    assert [(f.metric, f.subject) for f in fs] == [("投资", "东部地区"), ("投资", "中部地区")]
    fs = facts("上半年，长三角地区进出口总值7.6万亿元，珠三角九市增长5%。")
    assert [f.text for f in fs] == ["7.6万亿元", "5%"]  # 三角 is no 0.3元
    assert (fs[0].metric, fs[0].subject) == ("进出口总值", "长三角地区")


def test_names_with_bracketed_figures_under_a_topic_take_its_measure():
    fs = facts("从GDP同比增速来看，共有21个省份增速高于全国水平，其中江西（6.9%）、福建（6.7%）位列前三。")
    assert [(f.text, f.metric, f.subject) for f in fs if f.kind != "rank"] == [
        ("21个", "省份", None), ("6.9%", "GDP同比增速", "江西"), ("6.7%", "GDP同比增速", "福建")]
    assert [f.text for f in fs if f.kind == "rank"] == ["前三"]  # (位列前三: a place they hold)
    # after 的 the noun is the measure itself
    assert facts("我国5%的经济增速在世界主要经济体中名列前茅。")[0].metric == "经济增速"


def test_spaces_between_numbers_and_words_do_not_part_them():
    text = "东方财富中报点评\n公司实现营收 16.34 亿元，同比增长 49.44% ；归母净利润 5.59 亿元。"
    fs = facts(text)
    assert [(f.text, f.role, f.metric) for f in fs] == [
        ("16.34 亿元", "value", "营收"), ("49.44%", "delta", "营收"), ("5.59 亿元", "value", "归母净利润")]
    assert all(text[f.start : f.end] == f.text for f in fs)
    # a space between two words of a headline still separates them
    assert facts("需求和成本双轮驱动 甲醇价格较年初上涨13%")[0].metric == "甲醇价格"


def test_an_analysts_note_is_about_the_company_its_title_names():
    text = ("【计算机-胡又文】科大讯飞中报点评：费用投入加大影响扣非利润\n"
            "上半年公司实现营业收入32.09亿元，较去年同期增长52.68%。"
            "扣除非经常性损益的净利润为2019.87万元。预计2018-2019年EPS分别为0.39和0.51元。")
    fs = facts(text)
    assert [f.subject for f in fs] == ["科大讯飞"] * 5
    assert fs[2].metric == "扣除非经常性损益的净利润"  # 扣除… is no owner
    assert [fs[3].period, fs[4].period] == ["2018年", "2019年"]  # (2018-2019年…分别: one year each)
    # a reason naming the company is no apposition (主要原因为…公司员工规模扩大)
    assert facts("科大讯飞营收增长。主要原因为上半年公司员工规模同比增加3500人。")[-1].subject != "主要原因"


def test_a_change_verb_after_a_count_is_no_counted_noun():
    fs = facts("全省职工人数由442万人下降至294万人，下降33%。")
    assert [(f.metric, f.subject) for f in fs] == [("职工人数", "全省")] * 3
    # ...while a verb inside a noun phrase is part of it
    assert facts("9个新房上涨城市中，杭州涨幅最大。")[0].metric == "新房上涨城市"
    # the end of a change measures what its start does, past a count before them
    fs = facts("上述135家房企平均每家每年归属于母公司股东的净利润已从10.3亿元增至13.3亿元。")
    assert fs[1].metric == fs[2].metric == "房企平均每家每年归属于母公司股东的净利润"
    assert facts("2017年度，平均每家净利润为13.3亿元，2016年度则为10.3亿元。")[1].period == "2016年度"


def test_a_superlative_names_whose_figure_follows():
    fs = facts("归属于母公司股东的净利润最高者为万科，达280亿元。")
    assert (fs[0].metric, fs[0].subject) == ("归属于母公司股东的净利润", "万科")
    fs = facts("今年以来，涨幅最大的是赣州，为0.4%。")
    assert (fs[0].metric, fs[0].subject) == ("涨幅", "赣州")


def test_a_publisher_of_a_titled_report_is_no_subject():
    fs = facts("中煤协发布的《2018煤炭行业发展年度报告》显示，2018年，我国煤炭消费总量约38.8亿吨，同比增加1%，"
               "其中电力行业全年耗煤21亿吨左右，钢铁行业耗煤6.2亿吨。")
    assert [f.subject for f in fs] == ["我国", "我国", "电力行业", "钢铁行业"]
    assert fs[-1].metric == "耗煤"  # an industry's consumption is its own
    fs = facts("2016年至2019年3月，煤炭采掘业从业人数由442万人下降至294万人。")
    assert (fs[0].metric, fs[0].subject) == ("从业人数", "煤炭采掘业")


def test_you_opening_a_word_is_no_link():
    fs = facts("2018年有息负债规模首次下滑，由2017年的2.28万亿元，减少至2.07万亿元。")
    assert [f.metric for f in fs] == ["有息负债规模"] * 2
    assert facts("全市有企业120家。")[0].metric == "企业"


def test_suo_and_a_verb_close_an_owner_phrase():
    fs = facts("其中证券经纪业务所形成的手续费及佣金收入为5.97亿元。")
    assert (fs[0].metric, fs[0].subject) == ("手续费及佣金收入", "证券经纪业务")


def test_a_project_named_with_its_capacity_and_what_it_will_yield():
    fs = facts("光热电站——中广核格尔木350兆瓦光热示范项目在青海开工建设。该项目由三座塔式光热区和一座槽式光热区组成，"
               "建成后预计年发电量可达10亿千瓦时。")
    by = {f.text: f for f in fs}
    assert by["三座"].role == "value"  # 由…组成 names parts, no start of a change
    assert (by["10亿千瓦时"].metric, by["10亿千瓦时"].subject) == ("年发电量", "中广核格尔木350兆瓦光热示范项目")
    # a short name with a forecast verb is no name running on to a period
    fs = facts("项目预计今年年底可竣工投产，投产后预计实现年销售收入3000万元。")
    assert fs[-1].subject != "项目预计"


def test_listed_years_pair_with_the_figures_after_fenbie():
    fs = facts("135家上市房企2017年、2016年及2015年归属于母公司股东的净利润分别为1795亿元、1394亿元和984亿元。")
    assert [(f.text, f.period, f.metric) for f in fs[1:]] == [
        ("1795亿元", "2017年", "归属于母公司股东的净利润"), ("1394亿元", "2016年", "归属于母公司股东的净利润"),
        ("984亿元", "2015年", "归属于母公司股东的净利润")]


def test_a_bare_amount_in_wan_or_yi_in_a_money_clause_is_money():
    fs = facts("中国移动的4G业务收入已经达到4777万，资本开支达到了约1340亿，并由此产生了-495亿的自由现金流。")
    assert [(f.text, f.unit) for f in fs] == [("4777万", "CNY"), ("1340亿", "CNY"), ("-495亿", "CNY")]
    # a count of people stays no amount of money: it counts people
    assert [(f.text, f.unit) for f in facts("4G用户达到53000万，渗透率63%。")] == [("53000万", "人"), ("63%", "%")]


def test_a_day_is_when_it_was_said_and_the_period_after_it_what_figures_cover():
    fs = facts("7月9日，中国汽车工业协会公布的最新数据显示，今年1至6月份，我国新能源汽车市场产销量均呈现稳定增长态势。"
               "新能源汽车产销量分别完成743.8万辆和744.6万辆。")
    assert [f.period for f in fs] == ["今年1至6月份"] * 2
    # a day alone still dates its sentence (the whole date: the day is part of the period)
    assert facts("3月27日，全市完成投资5亿元。")[0].period == "3月27日"


def test_a_news_flash_headed_by_a_company_reporting_itself_is_about_it():
    text = ("财联社快讯归档\n"
            "【三峡水利：上半年净利润同比增长689%】财联社8月20日电，三峡水利(600116.SH)公告称，公司实现营业收入50.69亿元，同比增长3.53%。\n"
            "【中金公司：维持华虹半导体跑赢行业评级 目标价146港元】财联社5月20日电，中金公司发布关于华虹半导体的研报，首季毛利率同比提升至13%。\n")
    fs = facts(text)
    assert [(f.text, f.subject) for f in fs][:3] == [("689%", "三峡水利"), ("50.69亿元", "三峡水利"), ("3.53%", "三峡水利")]
    assert fs[1].metric == "营业收入"  # 营业 is no industry owning 收入
    assert all(f.subject != "中金公司" for f in fs[3:])  # a broker on another company


def test_yingye_is_no_industry():
    fs = facts("网易Q2营业利润121亿元，同比增长33%。")
    assert fs[0].metric.endswith("营业利润") and fs[0].subject != "Q2营业"


def test_a_whole_statistic_keeps_its_words():
    fs = facts("初步核算，2024年国内生产总值（GDP）1349084亿元，比上年增长5.0%。")
    # (its abbreviation in brackets aside: the shortest phrase naming it)
    assert [(f.metric, f.subject) for f in fs] == [("国内生产总值", "国内")] * 2
    assert facts("今年上半年，全国国内生产总值69.6万亿元。")[0].subject == "全国"


def test_an_amount_saved_is_a_fall_in_what_the_verb_cuts():
    fs = facts("通过气象导航系统实现航线优化，单航次可减少二氧化碳排放31吨，节约燃油10吨。")
    assert [(f.role, f.direction, f.metric) for f in fs] == [("delta", "down", "二氧化碳排放"), ("delta", "down", "燃油")]


def test_the_national_economy_is_no_one_whose_figures_follow():
    text = "四个关键词，读懂经济“一季报”\n主要宏观指标增速回升，国民经济实现良好开局\n一季度，社会消费品零售总额127695亿元，同比增长2.4%。"
    assert [f.subject for f in facts(text) if f.unit != "个"] == [None, None]


def test_dated_levels_listed_after_a_start_are_one_change():
    fs = facts("中国联通的经营利润率却从2014年的6.6%、2015年的3.9%跌至2016年的0.98%。")
    assert [(f.role, f.period) for f in fs] == [("before", "2014年"), ("before", "2015年"), ("after", "2016年")]
    assert len({f.claim for f in fs}) == 1 and fs[0].metric.endswith("经营利润率")  # (却 is a link)


def test_an_exchange_rate_is_one_figure_per_currency_pair():
    fs = facts("人民币汇率中间价为：1美元对人民币6.8109元，100日元对人民币4.2419元，人民币1元对1.1859澳门元。")
    assert [(f.text, f.value, f.unit) for f in fs] == [
        ("6.8109元", Decimal("6.8109"), "CNY/USD"), ("4.2419元", Decimal("0.042419"), "CNY/JPY"),
        ("1.1859澳门元", Decimal("1.1859"), "MOP/CNY")]
    assert [f.subject for f in fs] == ["美元", "日元", "澳门元"]  # whose rate it is
    assert all(f.metric == "人民币汇率中间价" for f in fs)  # the label's measure
    # two amounts in different currencies that are no parity stay two figures
    assert len(facts("公司募资1亿美元和6亿元人民币。")) == 2


def test_a_listed_firm_named_after_the_country_is_no_country():
    fs = facts("中国电信的4G用户渗透率已达57%，而中国联通的4G用户渗透率才仅仅达到40%。")
    assert [f.subject for f in fs] == ["中国电信", "中国联通"]
    assert facts("今年中国经济增长5%。")[0].subject == "中国"


def test_a_parts_contribution_to_growth_is_the_parts():
    fs = facts("第三产业增加值对国内生产总值增长的贡献率为58.8%。最终消费支出对经济增长贡献率为52%。")
    assert [f.subject for f in fs] == ["第三产业增加值", "最终消费支出"]
    assert all("贡献率" in f.metric for f in fs)


def test_an_organ_is_a_name():
    fs = facts("五年来，长江经济带检察机关坚持综合履职，共办理各类环境资源案件27.4万件。")
    assert fs[-1].subject == "长江经济带检察机关"


def test_a_department_is_a_name():
    fs = facts("去年，工商和市场监管部门共受理消费者投诉240万件。")
    assert fs[0].subject == "工商和市场监管部门" and fs[0].metric.endswith("消费者投诉")


def test_a_rate_noun_ending_the_measure_makes_a_change():
    fs = facts("联通利润率降幅高达75个百分点。")
    assert (fs[0].role, fs[0].direction) == ("delta", "down")


def test_a_bare_amount_before_an_adjective_and_a_money_word_is_money():
    fs = facts("中国联通仍然拿出275亿宝贵的资金投入到网络中。")
    assert (fs[0].text, fs[0].unit) == ("275亿", "CNY")


def test_a_news_dateline_is_no_subject_and_a_coded_listed_firm_is():
    fs = facts("星辰科技公告解读\n证券日报网北京3月2日讯 星辰科技(300123.SZ)昨晚发布定增预案。\n本次发行拟募集资金总额不超过5亿元。")
    assert fs[0].subject == "星辰科技"
    fs = facts("新华社北京3月27日电 今年一季度，全国粮食产量达到2.1亿吨。")
    assert fs[0].subject == "全国"
    fs = facts("财联社5月20日电，海港物流(601999.SH)公告称，4月集装箱吞吐量为32万标箱。")
    assert fs[0].subject == "海港物流"


def test_a_bare_wan_or_yi_amount_after_a_word_for_people_counts_people():
    fs = facts("平台日活跃用户达3.94亿，同比增长5.1%；全市常住人口1200万。")
    assert [(f.text, f.unit, f.kind) for f in fs[:1]] == [("3.94亿", "人", "count")]
    assert (fs[-1].text, fs[-1].unit, fs[-1].value) == ("1200万", "人", 12000000)
    fs = facts("电商月活跃买家数同比增长14.1%至1.31亿。")
    assert (fs[-1].unit, fs[-1].role) == ("人", "after")
    # the nearer word wins: a money word after the people word makes it money
    assert [f.unit for f in facts("用户付费收入达到30亿。")] == ["CNY"]
    # a year compared with on the way (较2018年减少58万), or the people named right after it
    # (培养输送6100万高素质劳动者)
    assert [(f.text, f.unit) for f in facts("全年出生人口数量较2018年减少58万。")] == [("58万", "人")]
    assert [(f.text, f.unit) for f in facts("已累计培养输送6100万高素质劳动者。")] == [("6100万", "人")]
    assert [f.unit for f in facts("公司投资5亿新建厂房。")] == ["CNY"]
    assert [(f.text, f.unit) for f in facts("大约有25万的外国学生就读于德国高校。")] == [("25万", "人")]
    assert [(f.text, f.unit) for f in facts("双方以合计7200万的价款转让股权。")] == [("7200万", "CNY")]
    # (the level a period before, bare, in the unit of the level it is set against; not a unit
    # with a factor: 斤 are tonnes times 0.0005)
    fs = facts("平台一季度日均活跃用户为1.067亿，2024年同期为1.024亿。")
    assert [(f.text, f.unit, f.role) for f in fs] == [("1.067亿", "人", "after"), ("1.024亿", "人", "before")]
    assert [f.text for f in facts("全国粮食产量1.3万亿斤，上年为1.2万亿。")] == ["1.3万亿斤"]


def test_a_comparison_phrase_is_no_measure_and_a_published_datas_owner_no_subject():
    fs = facts("日前，行业协会（简称“协会”）披露的5月国内汽车市场的销量数据情况显示，5月国内汽车市场销量为191.3万辆，"
               "与去年同期相比下降16.4%。")
    assert [(f.metric, f.subject) for f in fs] == [("汽车市场销量", "国内")] * 2


def test_a_change_reaches_a_dated_level():
    fs = facts("直播收入由2023年同期的93亿元增加7.5%至2024年第二季度的100亿元。")
    assert [(f.role, f.metric) for f in fs] == [("before", "直播收入"), ("delta", "直播收入"), ("after", "直播收入")]
    assert fs[-1].period == "2024年第二季度"


def test_a_changes_start_dates_itself_alone():
    fs = facts("直播业务收入由2023年同期的93亿元减少6.7%至100亿元；其他服务收入增长21.3%至42亿元。")
    assert [f.period for f in fs] == ["2023年", None, None, None, None]
    fs = facts("经营利润率从2014年的6.6%跌至2016年的0.98%。")
    assert [f.period for f in fs] == ["2014年", "2016年"]


def test_a_scope_word_opening_a_name_before_a_verb_is_the_subject():
    fs = facts("5月国内汽车累计产量为184.83万辆，全市工业累计增长6%。")
    assert [(f.subject, f.metric) for f in fs] == [("国内", "汽车累计产量"), ("全市", "工业")]


def test_listed_amounts_keep_the_unit_their_list_opened_with_and_listed_measures_are_metrics():
    fs = facts("二季度用户数据表现亮眼，平均日活跃用户和平均月活跃用户分别达到3.95亿 及6.92亿。")
    assert [(f.text, f.unit, f.metric) for f in fs] == [("3.95亿", "人", "平均日活跃用户"), ("6.92亿", "人", "平均月活跃用户")]
    assert [f.unit for f in facts("两地分别投资120亿、150亿。")] == ["CNY", "CNY"]


def test_time_words_and_the_other_party_are_no_names():
    fs = facts("据国家能源集团消息，近日我国自主研发的某技术首次实现了50%绿氢掺烧。")
    assert fs[0].subject == "我国"
    assert facts("6月4日，某财险发布公告，将于2026年7月31日派发末期股息每股0.44元。")[0].subject == "某财险"
    assert [f.subject for f in facts("线下实体店回收最多给1000元的手机，对方声称能给到2000元。")] == [None, None]


def test_the_company_refers_to_whoever_announced_when_no_name_ends_in_gongsi():
    fs = facts("友邦保险日前在港交所发布公告称，该公司6月5日回购874.58万股，回购金额达6.50亿港元。")
    assert [f.subject for f in fs] == ["友邦保险", "友邦保险"]


def test_insurers_brokers_and_funds_are_names_and_a_lone_formal_digit_is_no_number():
    fs = facts("陆家嘴国泰人寿拟获增资20亿元。")
    assert [(f.text, f.subject) for f in fs] == [("20亿元", "陆家嘴国泰人寿")]
    assert [f.text for f in facts("金额为人民币陆元，合计壹拾万元整。")] == ["陆元", "壹拾万元"]
    assert facts("长生人寿回应“零门槛”增资引战。") == []


def test_index_points_are_figures_beside_an_index_only():
    fs = facts("截至午间收盘，上证指数报4049.29点，涨幅1.56%。沪指大涨109.58点。")
    assert [(f.text, f.unit) for f in fs] == [("4049.29点", "点"), ("1.56%", "%"), ("109.58点", "点")]
    assert facts("下午3点召开会议，他有三点建议。") == []


def test_listed_measures_changing_by_their_signs():
    fs = facts("某公司4月生猪销量1.97万头，生猪销量、销售收入和销售均价环比变动分别为-22.98%、8.93%、29.10%。")
    assert [(f.role, f.direction, f.metric) for f in fs[1:]] == [
        ("delta", "down", "生猪销量"), ("delta", "up", "销售收入"), ("delta", "up", "销售均价")]
    fs = facts("营业收入和净利润同比分别增长12%和8%。")
    assert [f.metric for f in fs] == ["营业收入", "净利润"]
    assert facts("累计实现净利润2.76万亿元。")[0].subject is None


def test_a_firm_announcing_owns_the_figures_of_its_announcement():
    fs = facts("行业动态\n某牧业公告，公司2020年4月销售生猪48.68万头，环比增长19.95%。\n某食品公告称，4月份销售肉鸡7753.74万只。")
    assert [f.subject for f in fs] == ["某牧业", "某牧业", "某食品"]


def test_a_bare_yi_amount_among_money_in_yi_is_money_and_beijing_time_is_no_place():
    fs = facts("前四月龙头房企销售额排名：甲房企累计销售2125.7亿元，乙房企以505亿排到了十二名。")
    assert [(f.text, f.unit) for f in fs if f.text.endswith("亿") or f.text.endswith("亿元")] == [("2125.7亿元", "CNY"), ("505亿", "CNY")]
    assert all(f.unit != "CNY" for f in facts("全国人口14亿，其中城镇占据9亿。"))  # beside people, no money
    assert facts("北京时间8月15日，京东集团发布2024年第二季度业绩，收入为2914亿元。")[0].subject == "京东集团"


def test_a_price_named_after_the_figure_when_only_a_preposition_stands_before():
    fs = facts("某药业8月23日晚间发布预案，公司拟以11.20元/股的价格向大股东发行股票。")
    assert [(f.metric, f.subject) for f in fs] == [("价格", "某药业")]


def test_a_report_showing_and_approaching_open_no_name():
    fs = facts("某地产发布2019年报。年报显示公司手握货币资金1662亿元。")
    assert fs[0].subject != "年报显示公司"
    fs = facts("某地产前四月销售2125.7亿元，同比增长60.8%，接近公司去年上半年1874亿元的回款总额。")
    assert fs[-1].subject != "接近公司" and fs[-1].metric == "回款总额"


def test_a_part_named_for_its_share_is_no_topic_and_that_year_is_a_period():
    fs = facts("其中来自香港收入为1.2亿港元，占比47.8%，来自英国收入为0.329亿港元，占比13.1%。")
    assert [f.subject for f in fs] == [None, "来自香港收入", None, "来自英国收入"]
    fs = facts("某海外2019年实现收入约为2.51亿港元。以及该年度集团投资物业的公允价值收益减少1.35亿港元。")
    assert fs[-1].subject == "某海外"


def test_speakers_by_role_and_places_beside_are_no_subjects():
    assert facts("销售人员介绍，该楼盘毛坯均价3.1万元/平方米。")[0].subject != "销售人员"
    fs = facts("流花湖旁的豪宅供应达到7028套。")
    assert fs[0].subject != "流花湖旁" and not fs[0].metric.startswith("流花湖旁")


def test_a_firm_named_after_a_place_the_text_never_names_alone():
    text = ("贵州茅台稳居公募基金第一大重仓股。二季度，贵州茅台股价迭创新高。共有1109只基金重仓持有贵州茅台，"
            "合计持股4040.12万股，持有总市值591.02亿元。")
    fs = facts(text)
    assert {f.subject for f in fs if f.unit in ("股", "CNY")} == {"贵州茅台"}
    # a place also named alone stays a place
    fs = facts("贵州茅台股价上涨5%。贵州茅台市值超2万亿元。贵州茅台分红创新高。贵州全省GDP增长4.5%。")
    assert fs[-1].subject.startswith("贵州") and fs[-1].subject != "贵州茅台"


def test_names_opening_the_clause_before_pair_with_figures_listed_after_fenbie():
    fs = facts("医药股仍是主线，甲高新、乙医药、丙医疗跻身前十大重仓股，分别有473只、600只、345只基金重仓持有。")
    assert [f.subject for f in fs] == ["甲高新", "乙医药", "丙医疗"]


def test_a_full_name_opening_with_a_place_firm_is_kept_whole():
    t = ("海南晶哲瑞创业投资合伙企业（有限合伙）拟转让股份。海南晶哲瑞创业投资合伙企业（有限合伙）持有晶丰明源9.18%股份。"
         "海南晶哲瑞创业投资合伙企业（有限合伙）为一致行动人。")
    assert facts(t)[0].subject == "海南晶哲瑞创业投资合伙企业（有限合伙）"


def test_a_run_of_bare_yi_amounts_beside_money_is_money():
    t = "截至去年底，7家基金公司规模达到2347.28亿元，占比12%。分析人士认为，银行系基金最有保障，成长速度也比较快。" \
        "如某基金2006年以317亿的规模排名第8名，2007年大牛市中却仅以583亿的规模排名第21，2008年以752亿规模排名升至第6。"
    assert [f.text for f in facts(t) if f.unit == "CNY"] == ["2347.28亿元", "317亿", "583亿", "752亿"]


def test_where_something_lies_owns_nothing():
    fs = facts("收购了位于美国加州三藩市的投资物业Mission的45%实际权益。")
    assert fs[0].subject != "位于美国加州三藩市"
    assert facts("位于美国纽约的投资工具49%实际权益。")[0].subject is None


def test_attributable_to_and_one_of_are_no_names():
    t = "万科海外的净利同比减少八成，主要由于应占一间联营公司盈利大幅减少。截至2019年末，公司有息借贷约12.58亿港元，其中银行贷款7.72亿港元。"
    assert [f.subject for f in facts(t)] == ["万科海外"] * 3


def test_a_level_named_after_higher_than_is_that_level():
    fs = facts("截至2019年底，某地产持有货币资金1662亿元，远高于一年内到期的流动负债总和938.9亿元。")
    assert fs[-1].role == "value" and fs[-1].metric.endswith("流动负债总和")
    assert fs[-1].subject != "远高于"


def test_future_inside_a_name_is_no_period():
    assert facts("好未来公布2020财年第三季度财报，净利润647万美元。")[0].period != "未来"
    assert facts("好未来盘后股价一度下跌30%。")[0].period is None  # (no other period: this one fails without the rule)
    assert facts("未来，公司营收将达到100亿元。")[0].period == "未来"
    # (the span ahead is part of the period, not the measure: 未来三天, 未来5年)
    (f,) = facts("未来三天全省气温将下降10摄氏度。")
    assert (f.period, f.metric, f.subject) == ("未来三天", "气温", "全省")
    assert facts("未来5年，全省将投资1000亿元。")[0].period == "未来5年"
    # (a time counted back from now is a period; as what a change is counted against it dates no figure)
    (f,) = facts("五年前该县有贫困人口3万人。")
    assert f.period == "五年前"
    assert facts("该医院年门诊量较五年前翻了一番。")[0].period is None


def test_more_economic_regions_pair_with_their_figures():
    fs = facts("珠三角和环渤海分别为1545亿元和1406亿元。")
    assert [f.subject for f in fs] == ["珠三角", "环渤海"]


def test_the_one_at_the_top_named_with_its_figure():
    fs = facts("板块净利润居首的某地产达182亿元，增速最高的江西为6.9%。")
    assert [(f.subject, f.metric) for f in fs] == [("某地产", "板块净利润"), ("江西", "增速")]


def test_places_then_as_many_listed_figures_pair_without_fenbie():
    fs = facts("珠三角和环渤海以1545亿元和1406亿元分列第三、第四位。")
    assert [f.subject for f in fs[:2]] == ["珠三角", "环渤海"]


def test_spending_words_make_a_bare_wan_money():
    fs = facts("一家四口出游4天花费约2万。")
    assert [(f.text, f.unit) for f in fs if f.text == "2万"] == [("2万", "CNY")]


def test_days_counted_wagons_loaded_and_apparent_power_are_figures():
    from factx import extract

    got = [(f.text, f.unit, f.kind) for f in extract("全国直供电厂存煤可耗天数32天，国家铁路日均装车14.2万车，变电容量1.75亿千伏安。", doc="x")]
    assert got == [("32天", "day", "duration"), ("14.2万车", "车", "count"), ("1.75亿千伏安", "VA", "measure")]
    assert extract("二车间生产了300台。", doc="x")[0].text == "300台"


def test_a_short_name_before_a_headline_colon_that_the_article_repeats_is_its_subject():
    from factx import extract

    text = "甲乙电机：开拓新能源汽车驱动电机市场\n甲乙电机原有业务高速增长。2010年，甲乙电机的业绩大幅增长，实现营业收入51603万元。"
    assert [f.subject for f in extract(text, doc="x")] == ["甲乙电机"]
    # a document before the colon is no one's name
    text = "环境状况公报：去年碳排放降1.0%\n环境状况公报发布。据环境状况公报，全国地级及以上城市优良天数比例为87.0%。"
    assert "环境状况公报" not in {f.subject for f in extract(text, doc="x")}


def test_a_report_opening_an_article_is_no_one_the_figures_belong_to():
    from factx import extract

    text = "相关公司预告高增长\n7月14日，2011年半年报披露的大幕将拉开。\n数据统计显示，7月1日至12日共有203家上市公司披露了上半年业绩预告。"
    assert [f.subject for f in extract(text, doc="x")] != ["半年报"]


def test_a_breakdown_sentence_measures_its_parts_as_the_sentence_before_measured_the_whole():
    from factx import extract

    t = "1-5月份,全州规模以上工业增加值同比增长6.1%。分三大门类看,采矿业同比增长46.2%。1-5月份,全州固定资产投资同比增长25.0%。按项目构成划分,建筑安装工程增长39.8%。"
    got = [(f.text, f.subject, f.metric) for f in extract(t, doc="x")]
    assert got == [
        ("6.1%", "全州", "规模以上工业增加值"), ("46.2%", "采矿业", "规模以上工业增加值"),
        ("25.0%", "全州", "固定资产投资"), ("39.8%", "全州", "建筑安装工程"),
    ]


def test_a_bare_salary_takes_the_currency_the_text_last_priced_in():
    from factx import extract

    got = [(f.text, f.unit) for f in extract("主力球员的年薪都在千万美元以上。替补洛瑞的年薪是575万，海耶斯的年薪为197万。", doc="x")]
    assert got == [("千万美元", "USD"), ("575万", "USD"), ("197万", "USD")]
    assert [(f.text, f.unit) for f in extract("公司营收12亿元，计划投资120亿。", doc="x")] == [("12亿元", "CNY"), ("120亿", "CNY")]


def test_an_authority_before_a_headline_colon_speaks_of_the_country():
    from pathlib import Path

    from factx import extract
    from factx.pipeline import _NOT_HEAD_NAME

    assert _NOT_HEAD_NAME.search("央行") and _NOT_HEAD_NAME.search("商务部") and not _NOT_HEAD_NAME.search("方正电机")
    path = Path(__file__).parent / "data/gold_blind23/s1_pboc_monetary_report_q2_2022.txt"
    facts = extract(path.read_text(encoding="utf-8"), doc="x")
    assert [f.subject for f in facts if f.text == "13.68万亿元"] == [None]


def test_a_short_name_opening_clause_after_clause_is_a_name():
    from factx import extract
    from factx.attribute import _default_lexicon
    from factx.pipeline import _repeated_names

    t = ("甲乙达加速扩产\n甲乙达宣布在丙市建设电池基地。甲乙达表态将加快布局，甲乙达汽车电池年内完成两轮融资。"
         "2022年上半年，甲乙达动力电池出货量达3.95GWh，实现收入42亿元。")
    assert "甲乙达" in _repeated_names(t, _default_lexicon())
    assert {f.subject for f in extract(t, doc="x") if f.text in ("3.95GWh", "42亿元")} == {"甲乙达"}
    # a speaker opening clauses is no owner, nor a measure or a cut word
    t = "丁戊己说，社会消费品零售总额增长17.2%。丁戊己说，物价平稳。丁戊己说，出口增长。"
    assert "丁戊己" not in _repeated_names(t, _default_lexicon())


def test_a_two_character_short_name_is_a_name_when_the_text_also_writes_it_as_a_firm():
    from factx.attribute import _default_lexicon
    from factx.pipeline import _repeated_names

    lex = _default_lexicon()
    t = ("3月8日，甲乙通讯公布了年报。甲乙在财报中表示将分红。甲乙也必须正视挑战。"
         "数据显示，甲乙营收增长12.8%。2021财年甲乙归母净利润68.1亿元，同比增长近60%。")
    assert "甲乙" in _repeated_names(t, lex)
    assert {f.subject for f in extract(t, "x") if f.text in ("68.1亿元", "60%")} == {"甲乙"}
    # two characters heading clauses with no firm written after them are a word, not a name
    assert "甲乙" not in _repeated_names(t.replace("甲乙通讯", "丙丁通讯"), lex)
    # a trade (煤炭行业) and words of function (以及, 部分) are no names, firm word or not
    t2 = "煤炭集团产量增长。煤炭价格回落，煤炭需求偏弱，煤炭行业利润下降。部分银行理财下降，部分机构观望，部分资金流出。"
    assert not {"煤炭", "部分"} & _repeated_names(t2, lex)


def test_a_firm_written_with_its_stock_code_is_a_known_name():
    t = ("十家企业中只有丙丁合力(600761.SH)微降。甲乙机械(000425.SZ)仍是国内规模最大的工程机械上市公司。"
         "在这一点上，甲乙机械略微逊色。今年上半年，该公司海外收入255.46亿元，同比增长16.64%。")
    got = {f.text: f.subject for f in facts(t)}
    # 该公司 is the firm named last, not what the firm was said to be (…是国内规模最大的…公司)
    assert got["255.46亿元"] == got["16.64%"] == "甲乙机械"


def test_a_source_line_does_not_name_whom_a_release_is_about():
    t = ("2016年前三季度金融统计数据报告\n来源:中国人民银行 时间:2016-10-18\n"
         "一、广义货币增长11.5%\n9月末,广义货币(M2)余额151.64万亿元,同比增长11.5%。")
    assert {f.subject for f in facts(t)} == {None}


def test_a_country_is_a_place_and_a_firm_named_with_its_country_is_the_firm():
    got = {f.text: (f.metric, f.subject) for f in facts("美国二季度GDP增长2.1%，日本出口额下降3.5%，印度人口达到14亿。")}
    assert got == {"2.1%": ("GDP", "美国"), "3.5%": ("出口额", "日本"), "14亿": ("人口", "印度")}
    got = {f.text: (f.metric, f.subject) for f in facts("韩国现代汽车7月销量增长12%，美国新能源汽车销量增长20%。")}
    assert got["12%"] == ("销量", "韩国现代汽车")
    assert got["20%"] == ("新能源汽车销量", "美国")  # a kind of car, not a firm


def test_a_place_traded_with_is_a_partner_not_whose_trade_it_is():
    got = {f.text: (f.metric, f.subject) for f in facts("对美国出口增长5%，对日本进口下降3%。")}
    assert got == {"5%": ("对美国出口", None), "3%": ("对日本进口", None)}


def test_a_space_table_with_justified_labels_and_sub_items_takes_the_bulletin_subject():
    t = ("甲乙区2023年统计公报\n全年居民消费价格比上年上涨0.1%。\n"
         "1 2023年甲乙区居民消费价格涨跌幅度\n指 标 比上年涨跌幅度(%)\n"
         "居民消费价格(CPI)      0.1\n食品烟酒      -0.4\n #粮 食 6.1\n  鲜 菜 -5.5\n")
    rows = {f.text: (f.subject, f.metric, f.role) for f in facts(t) if f.table}
    assert set(rows) == {"0.1", "-0.4", "6.1", "-5.5"}
    assert rows["6.1"][0] == "粮 食"  # the label as written, without the sub-item mark
    assert rows["0.1"][:2] == ("甲乙区", "居民消费价格")  # a row naming a measure: the bulletin's


def test_a_change_between_amounts_in_renminbi_and_its_dollar_restatement():
    t = "存量房交易的总交易额由2024年同期的人民币4,778亿元增加5.8%至2025年第三季度的人民币5,056亿元(710亿美元)。"
    got = [(f.text, f.role, f.metric) for f in facts(t)]
    assert got == [("4,778亿元", "before", "总交易额"), ("5.8%", "delta", "总交易额"),
                   ("5,056亿元", "after", "总交易额"), ("710亿美元", "after", "总交易额")]
    t = "佣金收入2025年第三季度为人民币48亿元,对比2024年同期为人民币51亿元。"
    assert [f.role for f in facts(t)] == ["after", "before"]  # the level now, and the one a year before


def test_a_statistic_named_for_new_things_is_a_level_and_employment_is_no_industry():
    t = "甲乙区统计公报\n就业:全年城镇新增就业6271人。"
    (f,) = facts(t)
    assert (f.role, f.metric, f.subject) == ("value", "城镇新增就业", "甲乙区")


def test_year_on_year_written_an_nian_and_a_relative_clause_of_travel_is_no_owner():
    t = "11月入境旅客为2,589,451人次,按年减少7.6%,按月下跌1.8%。经陆路入境的旅客共1,473,291人次,按年减少9.0%。"
    got = [(f.text, f.role, f.direction, f.metric, f.subject) for f in facts(t)]
    assert got[:3] == [("2,589,451人次", "value", None, "入境旅客", None),
                       ("7.6%", "delta", "down", "入境旅客", None), ("1.8%", "delta", "down", "入境旅客", None)]
    assert [g[4] for g in got[3:]] == [None, None]  # (经陆路入境的旅客: who came which way, not whose)
    shares = {f.text: f.metric for f in facts("不过夜旅客有1,344,381人次(占总数51.9%)。")}
    assert shares["51.9%"] == "占总数"  # the bracket opening the share is no part of its measure (总数 names the whole)


def test_half_is_a_share_and_falling_below_a_mark_is_the_level_reached():
    got = [(f.text, f.value, f.unit, f.role, f.direction) for f in facts("与高峰相比，结婚数9年来下降近一半。")]
    assert got == [("一半", 50, "%", "delta", "down")]
    got = [(f.text, f.role, f.direction, f.metric) for f in facts("2019年，结婚人数跌破1000万对大关；2020年直降100多万对。")]
    assert got[0] == ("1000万对", "after", "down", "结婚人数")  # (大关 names the mark, not what is counted)
    assert got[1][1:3] == ("delta", "down") and "直" not in got[1][3]


def test_listed_years_pair_with_every_list_after_fenbie():
    t = ("2007年度、2008年度、2009年度、2010年1~6月公司钛白粉消耗量分别为2.18万吨、2.38万吨、3.00万吨、1.95万吨;"
         "钛白粉成本占公司产品成本的比例分别为32.51%、33.96%、36.02%、37.51%。")
    got = {f.text: f.period for f in facts(t)}
    assert got["2.18万吨"] == got["32.51%"] == "2007年度"
    assert got["1.95万吨"] == got["37.51%"] == "2010年1~6月"


def test_names_listed_with_their_rates_in_brackets_own_the_ranks_after_fenbie():
    t = "甲区(13.0%)和乙市(8.2%)地区生产总值增速分别位列全区22个县区第2位和第6位。"
    got = {f.text: f.subject for f in facts(t) if f.kind == "rank"}
    assert got == {"第2位": "甲区", "第6位": "乙市"}
    # bases compared with are no owners
    t = "全市增长8.4%，比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点。"
    assert {f.subject for f in facts(t) if f.unit == "pp" or f.text == "0.7"} == {"全市"}


def test_per_head_is_part_of_the_measure_and_short_ordinal_lists_expand():
    got = {f.text: (f.metric, f.subject) for f in facts("全区地区生产总值1147.81亿元。人均地区生产总值58438元，增长1.4%。")}
    assert got["58438元"][0] == "人均地区生产总值" and got["58438元"][1] != "人均"
    got = {f.text: (f.metric, f.subject) for f in facts("第一、二、三产业增加值所占比重分别为8.5%、37.7%、53.8%。")}
    assert got == {"8.5%": ("增加值所占比重", "第一产业"), "37.7%": ("增加值所占比重", "第二产业"),
                   "53.8%": ("增加值所占比重", "第三产业")}
    got = [f.direction for f in facts("运输总周转量同比增速分别为1.8%、-3.9%、6.4%。")]
    assert got == ["up", "down", "up"]  # each sign tells its own


def test_a_degree_of_wind_or_quake_is_a_figure_and_a_grade_is_not():
    got = [(f.text, f.unit) for f in facts("登陆时中心附近最大风力有13级。沿海出现10-13级阵风。四川发生6.4级地震。")]
    assert got == [("13级", "级"), ("10", "级"), ("13级", "级"), ("6.4级", "级")]
    assert [f.text for f in facts("新建一级公路120公里，三四级市场增长较快，全市有三级医院5家。")] == ["120公里", "5家"]


def test_a_wire_dateline_names_no_subject_and_a_market_after_qizhong_does_not_carry():
    t = (
        "甲乙高科半年报发布\n"
        "安徽合肥, 2022年8月26日 /美通社/ -- 8月26日,甲乙高科公布2022半年报。报告期内,公司实现营业收入人民币86.38亿元,"
        "同比增长143.24%,其中海外地区营业收入同比增长358.28%至7.72亿元。归属于上市公司股东的净利润为人民币6462万元,同比增长34.15%。"
    )
    got = {f.text: f.subject for f in extract(t, doc="x")}
    assert got["86.38亿元"] == "甲乙高科" and got["358.28%"] == "海外地区" and got["6462万元"] == "甲乙高科", got


def test_benqinei_is_a_period_not_a_name():
    f = extract("动力锂电池保持稳健的增长趋势,本期内实现收入人民币66.09亿元。", doc="x")[0]
    assert (f.subject, f.period) == (None, "本期内")


def test_a_bare_rate_after_an_amount_is_the_rate_of_that_amount():
    got = {f.text: f.metric for f in facts("丙航空2022年营业成本为828.12亿元，同比减少30.31亿元，降幅3.53%。")}
    assert got["3.53%"] == "营业成本", got
    got = {f.text: f.metric for f in facts("榆林地区主流煤矿坑口价为476元/吨，较5月初下跌45元/吨，跌幅9.5%。")}
    assert got["9.5%"] == "主流煤矿坑口价", got
    got = {f.text: f.metric for f in facts("深证成指报15103.14点，涨幅1.69%。")}
    assert "深证成指" in got["1.69%"], got
    # not after a count of things, the end of a change, nor before 分别
    got = {f.text: f.metric for f in facts("有长城和诺德两只基金，跌幅分别为0.28%和1.5%。")}
    assert got["0.28%"] == "跌幅", got
    got = {f.text: f.metric for f in facts("生猪价格从38.3元/公斤跌至32.2元/公斤，跌幅超过15%。")}
    assert got["15%"] == "跌幅", got


def test_lengths_of_time_people_counts_and_metal_tonnes():
    got = {f.text: (f.unit, f.qualifier, f.period) for f in facts("他坚持了8年。回收期不到10年。不足3个月就离职。2024年签约的项目工期18个月。")}
    assert got["8年"][0] == "year" and got["10年"][1] == "less_than" and got["3个月"][0] == "month", got
    assert got["10年"][2] is None and got["18个月"][2] == "2024年", got  # a length of time is no period
    got = {f.text: (f.value, f.unit) for f in facts("其中80周岁以上高龄老人约2900万，失能老人4036万。")}
    assert got == {"2900万": (29000000, "人"), "4036万": (40360000, "人")}, got  # the age bounds a group
    (f,) = facts("公司共生产矿产铜9.18万金属吨。")
    assert (f.value, f.unit) == (91800, "t")


def test_a_place_then_what_it_built_is_no_body_named_after_the_place():
    got = {f.text: (f.subject, f.metric) for f in facts("截至3月底，全州建成州级电子商务公共服务中心1个、县级服务中心8个。")}
    assert got["1个"][0] == "全州" and got["8个"][0] == "全州", got
    assert facts("全县新建服务中心8个。")[0].subject == "全县"
    # a name that opens with a word that is also a verb stays whole
    assert facts("中国建设银行净利润增长5%。")[0].subject == "中国建设银行"


def test_an_alias_defined_in_brackets_and_a_counting_note_are_no_part_of_the_measure():
    t = "2016年10月，甲乙航空股份有限公司及所属子公司(以下简称“本集团”)客运运力投入(按可利用客公里计)同比上升7.96%。"
    (f,) = facts(t)
    assert f.metric == "客运运力投入", f.metric
    # what a measure covers stays: 产量(含食用菌)
    assert facts("全省蔬菜产量(含食用菌)426.6万吨。")[0].metric == "蔬菜产量(含食用菌)"


def test_goods_handed_out_are_counted_in_their_own_classifiers():
    got = {f.text: (f.unit, f.metric) for f in facts("省民政厅向灾区调拨帐篷13730顶、棉被11000床，发放矿泉水23.28万瓶。")}
    assert got["13730顶"][0] == "顶" and got["11000床"] == ("床", "棉被") and got["23.28万瓶"][0] == "瓶", got
    assert [f.text for f in facts("他买了一包烟，打了一针。")] == []  # the article-like 一


def test_parts_listed_before_their_contribution_each_own_one_and_carry_to_nothing():
    t = "全县地区生产总值34亿元。第一、二、三产业增加值对经济增长的贡献率分别是7.3%、-54.1%、146.8%。一季度地区生产总值同比增长2.2%。"
    got = {f.text: (f.subject, f.metric) for f in extract(t, doc="x")}
    assert got["7.3%"] == ("第一产业增加值", "对经济增长的贡献率"), got
    assert got["146.8%"] == ("第三产业增加值", "对经济增长的贡献率"), got
    assert got["2.2%"][0] == "全县", got
    got = {f.text: f.subject for f in facts("工业和服务业对经济增长的贡献率分别为30.1%和60.2%。")}
    assert got == {"30.1%": "工业", "60.2%": "服务业"}, got


def test_a_sectors_share_named_without_zhan_is_the_sectors():
    got = {f.text: (f.subject, f.metric) for f in facts("全县生产总值34亿元。第一产业增加值占国内生产总值比重为24.85%，第二产业增加值比重为21.28%，第三产业比重为53.87%。")}
    assert got["21.28%"] == ("第二产业增加值", "比重") and got["53.87%"] == ("第三产业", "比重"), got
    assert got["24.85%"][0] == "第一产业增加值", got
    assert facts("第一产业增加值所占比重为8.5%。")[0].subject == "第一产业增加值"  # (所 is the share's)


def test_a_populations_rates_per_mille_points_and_labour_transferred():
    got = {f.text: (f.value, f.unit, f.role, f.metric) for f in facts("出生率7.98‰，比上年下降1.65个千分点；人口自然增长率1.00‰。")}
    assert got["1.65个千分点"][:3] == (Decimal("0.165"), "pp", "delta"), got
    assert got["1.00‰"][2:] == ("value", "人口自然增长率"), got  # a level, not a change
    got = {f.text: f.role for f in facts("全年城镇新增就业4.68万人，新增转移农村劳动力8.49万人。")}
    assert got == {"4.68万人": "value", "8.49万人": "value"}, got


def test_a_span_of_time_keeps_both_ends():
    got = [f.period for f in facts("2013年至今年8月，河北省进出口5504.6亿元。2013年至2018年8月，河北省进口746.6亿元。2013年至今，河北省出口4758亿元。")]
    assert got == ["2013年至今年8月", "2013年至2018年8月", "2013年至今"], got
    got = [f.period for f in facts("2021年，全市实现生产总值100亿元，到2025年将达到200亿元。")]
    assert got == ["2021年", "2025年"], got  # (two clauses: no span)


def test_a_measure_named_by_pointing_back_is_the_last_one():
    got = {f.text: f.metric for f in facts("1949年全国仅有3670个医疗卫生机构；到2020年末，这一数字已达102.3万个。")}
    assert got["102.3万个"] == "医疗卫生机构", got
    got = {f.text: f.metric for f in extract("全市常住人口为120万人。到2025年，这一数据将达到150万人。", doc="x")}
    assert got["150万人"] == "常住人口", got


def test_a_county_named_with_one_character_is_a_name():
    got = [f.subject for f in extract("2021年泸县国民经济和社会发展统计公报\n全年实现地区生产总值435.1亿元，同比增长8.3%。", doc="x")]
    assert got == ["泸县", "泸县"], got
    # 全县, 该县 and 农业大县 are no one-character county
    assert facts("全县实现生产总值435.1亿元。")[0].subject == "全县"


def test_a_year_on_year_marker_is_no_ones_name():
    got = [f.subject for f in facts("取道空路入境的旅客为176,424人次，按年录得0.7%轻微增幅。")]
    assert "按年" not in got, got


def test_a_roman_or_latin_enumerator_opens_no_name():
    got = {f.text: (f.subject, f.metric) for f in facts("(i)自营业务收入增长15%至20亿元；(ii)平台业务收入增长30%至10亿元。")}
    assert got["15%"] == (None, "自营业务收入") and got["30%"] == (None, "平台业务收入"), got


def test_what_is_left_out_of_a_count_is_no_ones_name():
    got = {f.text: f.subject for f in facts("截至昨日，剔除QDII基金，328只偏股基金今年以来的平均涨幅为15.73%。")}
    assert got["328只"] != "剔除QDII基金", got


def test_a_bare_amount_in_a_clause_that_only_says_what_was_reached_keeps_the_last_clauses_word():
    from factx import extract

    fs = extract("微信和WeChat的合并月活跃账户数依然在继续增长，达到8.46亿，比去年同期增长30%。", doc="x")
    assert [(f.text, f.unit) for f in fs][0] == ("8.46亿", "人")
    # (a clause that says more than the level reached names no one: 增长，占比达8.46亿 is no count)
    assert [f.text for f in extract("月活跃用户数继续增长，其中海外市场收入8.46亿。", doc="x") if f.unit == "人"] == []


def test_a_bare_amount_after_renci_counts_visits():
    from factx import extract

    fs = extract("2023年,全国医疗卫生机构总诊疗人次95.5亿,比上年增加11.3亿人次。", doc="x")
    assert [(f.text, f.unit) for f in fs] == [("95.5亿", "人次"), ("11.3亿人次", "人次")]
    (f, _) = extract("全年接待游客人次达1.2亿，旅游收入300亿元。", doc="x")
    assert f.unit == "人次"
    # (游客 alone still counts people)
    (f,) = extract("全年接待游客1.2亿。", doc="x")
    assert f.unit == "人"


def test_a_table_cell_with_its_own_unit_is_a_figure_of_its_column_and_row():
    from factx import extract

    raw = (
        "分行业 | 营业收入 | 占比 | 毛利率 |\n---|---|---|---|\n"
        "风机及相关配件销售 | 235.17亿元 | 84.41% | 6.35% |\n电站产品销售 | 20.80亿元 | 7.47% | 30.97% |\n"
    )
    fs = extract(raw, doc="x")
    got = [(f.text, f.value, f.unit, f.metric, f.subject) for f in fs if f.unit == "CNY"]
    assert got == [
        ("235.17亿元", 23517000000, "CNY", "营业收入", "风机及相关配件销售"),
        ("20.80亿元", 2080000000, "CNY", "营业收入", "电站产品销售"),
    ]
    # (a row label naming a measure word is still whose figure it is under a column that names one)
    assert [(f.metric, f.subject) for f in fs if f.text == "7.47%"] == [("占比", "电站产品销售")]
    assert all(raw[f.start : f.end] == f.text for f in fs)


@pytest.mark.parametrize(
    "text, span",
    [
        ("待闸时间拉长到220个小时。", "220个小时"),  # the length a change reached
        ("今年开工比以往年度晚了一个月。", "一个月"),  # how late
        ("河南6月停产1个月。", "1个月"),  # how long something stopped
        ("接受检测的儿童需停用抗生素4周以上。", "4周"),
        ("实现充电5分钟续航200km。", "5分钟"),
        ("最高时速350公里，可在56分钟左右通达。", "56分钟"),  # a journey's time
        ("开通后，西安至十堰1小时可达。", "1小时"),
        ("旅客平均逗留1.1日。", "1.1日"),  # a length of stay
    ],
)
def test_lengths_of_time_stated_as_such_are_facts(text, span):
    from factx import extract

    assert span in [f.text for f in extract(text, doc="x") if f.kind == "duration"]


def test_time_references_are_still_no_facts():
    from factx import extract

    assert [f for f in extract("过去五年，全市GDP年均增长6%。", doc="x") if f.kind == "duration"] == []


def test_a_part_named_for_its_share_or_contribution_is_no_topic_of_later_sentences():
    from factx import extract

    fs = extract("全年全国GDP增长5%。第一产业对GDP实际增长的贡献率为5.94%，拉动GDP实际增长0.3个百分点。全年进口粮食16196万吨。", doc="x")
    assert fs[1].subject == "第一产业"  # (its own figures keep it)
    assert fs[-1].subject != "第一产业"
    fs = extract("全国粮食总产量69541万吨。主产区粮食产量占粮食总产量的77.9%，对粮食增产的贡献率达到70%以上。全年进口粮食16196万吨。", doc="x")
    assert fs[-1].subject != "主产区"


def test_a_bare_number_after_a_named_ratio_is_that_ratio():
    from factx import extract

    (f,) = extract("城乡居民收入比缩小到2.39。", doc="x")
    assert (f.text, f.unit, f.kind) == ("2.39", "x", "ratio")
    (f,) = extract("沪胶/日胶比价(剔除汇率因素)保持在0.97一带。", doc="x")
    assert (f.text, f.unit) == ("0.97", "x")
    # (环比价格 names no ratio)
    assert [f.text for f in extract("八大类商品及服务环比价格呈“一涨三平四降”态势。", doc="x")] == []
    # (the bare number just after it, with a change verb between, is its change)
    fs = extract("城乡居民收入比缩小到2.39，比上年下降0.06。", doc="x")
    assert [(f.text, f.unit, f.role, f.direction) for f in fs] == [("2.39", "x", "after", "down"), ("0.06", "x", "delta", "down")]
    # (and the level it moved to, right after the level it left)
    fs = extract("城乡居民收入比由上年同期的2.13缩小至2.09。", doc="x")
    assert [(f.text, f.unit, f.role, f.direction) for f in fs] == [("2.13", "x", "before", None), ("2.09", "x", "after", "down")]


def test_a_qualifier_inside_fan_yi_fan_qualifies_it():
    # (翻了近一番: the span is the numeral and 番, the qualifier is read as before any number)
    (f,) = facts("5年间，考研报名人数翻了近一番。")
    assert (f.text, f.value, f.unit, f.qualifier, f.role, f.direction, f.metric) == ("一番", 2, "x", "nearly", "delta", "up", "考研报名人数")
    (f,) = facts("销售额翻了两番。")
    assert (f.text, f.value, f.qualifier) == ("翻了两番", 4, "exact")


def test_numbers_read_as_they_are_meant():
    # (a split of a whole in two parts, one % line each; a ratio of two sides stays x)
    assert [(f.text, f.value, f.unit) for f in facts("二、三产业比例为72.8:27.2。")] == [("72.8", Decimal("72.8"), "%"), ("27.2", Decimal("27.2"), "%")]
    assert [(f.value, f.unit) for f in facts("城乡居民收入比为2.6：1。")] == [(Decimal("2.6"), "x")]
    # (第2季度 is a quarter, no rank; 第2季 of a show is one)
    assert [f.text for f in facts("第2季度末，纳入会议审议的保险公司有180家。")] == ["180家"]
    # (一方面 is no 方 of volume a price is quoted per, and no one's name)
    (f,) = facts("一方面拟斥资8.26亿元，以股票加现金的方式收购。")
    assert (f.unit, f.subject, f.metric) == ("CNY", None, "斥资")
    # (两个亿: 个 before 亿 counts hundreds of millions)
    (f,) = facts("公司投资了两个亿。")
    assert (f.text, f.value, f.unit) == ("两个亿", 200000000, "CNY")


def test_counts_that_state_no_new_figure():
    # (a slogan in quotes, a count pointing back, a session's ordinal, a census's, a kind of vehicle)
    assert facts("实现“三个提高”：一是提高质量。") == []
    assert [f.text for f in facts("这两家的下降幅度也超过20%。")] == ["20%"]
    assert facts("认真贯彻党的十九大和十九届历次全会精神。") == []
    assert [f.text for f in facts("与2010年第六次全国人口普查的6432212人相比。")] == ["6432212人"]
    assert facts("主要被两轮电动车和大巴所消耗。") == []
    assert facts("在锂电池等行业培育一批零碳工厂。") == []
    assert facts("去年前两个季度银行结售汇逆差。") == []
    # (列次 is one classifier; 块 after making things counts pieces, not yuan)
    assert [(f.text, f.unit) for f in facts("年均开行约1700列次。")] == [("1700列次", "列次")]
    assert [(f.unit, f.kind) for f in facts("集成电路产量达到2798亿块。")] == [("块", "count")]
    assert [(f.unit, f.kind) for f in facts("他一个月工资三万块。")] == [("CNY", "money")]


def test_a_bare_hundred_after_a_bound_word_is_one_hundred():
    assert [(f.text, f.value, f.qualifier) for f in facts("产品已在近百所学校常态化使用。")] == [("百所", 100, "nearly")]
    assert [(f.text, f.value, f.qualifier) for f in facts("逾百家企业参展。")] == [("百家", 100, "more_than")]
    assert facts("老百姓买百货。") == []
    # (访客 are people: a bare 万 after them counts 人)
    assert [(f.value, f.unit) for f in facts("店铺访客达35.10万。")] == [(351000, "人")]


def test_a_ratio_a_sentence_later_compares_to_and_a_place_after_paiming():
    # (由…5：1缩小到2.6：1: the second ratio is the first's end, though its cue is far)
    fs = facts("城乡居民收入比由2005年的5：1缩小到2.6：1。")
    assert [(f.text, f.unit, f.role) for f in fs] == [("5：1", "x", "before"), ("2.6：1", "x", "after")]
    # (排名12: a place without 第)
    assert [(f.text, f.unit) for f in facts("排名12位。")] == [("12位", "rank")]
    assert [(f.text, f.unit) for f in facts("交银规模为483.8亿元，排名12。")][-1] == ("12", "rank")


def test_a_length_of_time_that_changes_is_a_fact():
    fs = facts("大风日数明显增加，从2013年的41天增加到2022年的138天，增加了97天。")
    assert [(f.text, f.role) for f in fs] == [("41天", "before"), ("138天", "after"), ("97天", "delta")]


def test_dates_and_bases_that_look_like_counts_or_lengths_are_dropped():
    # (上半年 after a cue word and a space is a half of the year; 22日 alone a day of the month;
    # 每10股 the base of a dividend; 初七 a lunar date; 2019本科 a year run into a degree)
    assert [f.text for f in facts("畜牧业增长较快 上半年,全市增加值增长5%。")] == ["5%"]
    assert [f.text for f in facts("TOCOM橡胶期货22日一度下跌2.3%。")] == ["2.3%"]
    assert [f.text for f in facts("公司拟每10股派送人民币10.5元。")] == ["10.5元"]
    assert [f.text for f in facts("初七只卖了12只。")] == ["12只"]
    assert facts("软科《2019本科毕业生深造率排名》发布。") == []
    # (lengths of days and halves of a year stated as lengths stay)
    assert [f.text for f in facts("工期需要半年。")] == ["半年"]


def test_a_sentence_opening_with_the_group_carries_it_to_the_next():
    from factx import extract

    fs = extract("集团上半年的总售气量为72.61亿立方米。当中工业售气量录得35.92亿立方米。", doc="x")
    assert [f.subject for f in fs] == ["集团", "集团"]


def test_a_bare_level_reached_past_a_mark_takes_the_marks_unit():
    from factx import extract

    fs = extract("2017年研究生报考人数首破200万人大关，达到201万。", doc="x")
    assert [(f.text, f.unit) for f in fs] == [("200万人", "人"), ("201万", "人")]


def test_a_number_straight_before_the_people_it_counts_takes_their_noun_as_unit():
    from factx import extract

    fs = extract("总收入中约60%由930万会员贡献。年服务800万旅客。全年旅客人数800万。", doc="x")
    got = [(f.text, f.unit, f.metric, f.role) for f in fs if f.kind == "count"]
    assert got[0] == ("930万会员", "会员", "会员", "value")  # (由…贡献: the doer, no start of a change)
    assert got[1][:2] == ("800万旅客", "旅客")
    assert got[2][:2] == ("800万", "人")  # (旅客人数 before it: people counted, the noun no unit)


def test_medals_counted_in_sports_news_and_the_words_that_only_look_like_them():
    from factx import extract

    fs = extract("中国代表团摘得40金、27银、24铜，突破了伦敦奥运会的39金。", doc="x")
    assert [(f.text, f.unit, f.metric) for f in fs] == [("40金", "金", "金"), ("27银", "银", "银"), ("24铜", "铜", "铜"), ("39金", "金", "金")]
    # (a bank, a metal, hardware, the autumn selling season and an idiom count no medals)
    assert extract("工商银行等6银行上调利率，五金交电生意好，楼市金九银十，一诺千金。", doc="x") == []
    assert [f.unit for f in extract("产量9.18万金属吨。", doc="x")] == ["t"]


def test_a_length_of_time_after_a_shortest_an_issue_or_a_gain_is_a_fact():
    from factx import extract

    assert [f.text for f in extract("随后,仅发行了两天,基金管理人就宣布提前结束募集。", doc="x")] == ["两天"]
    assert [(f.text, f.role) for f in extract("时效提升7天以上。", doc="x")] == [("7天", "delta")]
    assert [f.text for f in extract("最短3—5分钟就发出一趟动车组。", doc="x")] == ["3", "5分钟"]


def test_the_far_end_of_a_range_of_bare_amounts_takes_the_near_ends_unit():
    from factx import extract

    fs = extract("单家门店投资成本在350万-400万之间。", doc="x")
    assert [(f.text, f.unit) for f in fs] == [("350万", "CNY"), ("400万", "CNY")]


def test_owners_listed_one_per_figure_are_no_topic_of_the_sentences_after():
    from factx import extract

    text = (
        "澳门统计局：11月入境旅客减少\n"
        "11月入境旅客为2,589,451人次,按年减少7.6%。香港(512,537人次)、韩国(46,071人次)及台湾地区旅客(84,697人次)"
        "分别录得0.9%、10.8%及21.6%的按年增幅。而英国旅客(6,210人次)则录得减幅。经陆路入境的旅客共1,473,291人次,按年减少9.0%。"
    )
    f = [x for x in extract(text, doc="x") if x.text == "1,473,291人次"][0]
    assert f.subject not in ("香港", "韩国", "台湾地区旅客", "英国", "英国旅客")


def test_a_bare_amount_after_cashing_out_selling_or_net_profit_is_money():
    from factx import extract

    for text, figure in (("晶丰明源实控人方拟套现5.5亿", "5.5亿"), ("前四月恒大销售2126亿登顶", "2126亿"), ("公司去年净利0.18亿", "0.18亿")):
        (f,) = [x for x in extract(text, doc="x") if x.text == figure]
        assert (f.unit, f.kind) == ("CNY", "money")
    assert extract("汽车销售2000万辆。", doc="x")[0].unit == "辆"  # (a classifier says what is counted)


def test_a_scope_word_sets_no_topic_for_the_sentences_after():
    from factx import extract

    text = "国内期货主力合约跌多涨少。沪银跌超4%,碳酸锂、钯跌超3%。"
    fs = [f for f in extract(text, doc="x") if f.text in ("4%", "3%")]
    assert fs and all(f.subject != "国内" for f in fs)


def test_a_qualifier_before_the_first_item_or_zuoyou_after_the_last_qualifies_the_whole_list():
    from factx import extract

    quals = lambda text: [f.qualifier for f in extract(text, doc="x")]  # noqa: E731
    assert quals("预计分别不低于6700万元、7730万元、8930万元。") == ["at_least"] * 3
    assert quals("报销比例3年内逐步提高到75%、60%和50%左右。") == ["about"] * 3
    assert quals("营收10亿元、净利润约2亿元。") == ["exact", "about"]  # (the second's own word)
    fs = extract("现金流量净额分别约为-10.3亿元、-20.9亿元。", doc="x")
    assert [(f.qualifier, f.low, f.high) for f in fs] == [("about", None, None)] * 2


def test_zai_opening_a_compound_word_stays_in_the_measure():
    # (在校生, 在建项目, 在营酒店, 在线广告: 在 is part of the word, not the preposition)
    assert facts("全省共有普通高校156所，在校生186万人。")[-1].metric == "在校生"
    assert facts("全州在库固定资产投资项目497个。")[0].metric == "在库固定资产投资项目"
    assert facts("在线广告服务营收12.4亿元。")[0].metric == "在线广告服务营收"
    # (the preposition still goes: 在全市范围内)
    assert not facts("在全市范围内建成公园12个。")[0].metric.startswith("在")


def test_a_yearly_average_growth_rate_is_the_growth_of_the_measure_before_it():
    fs = facts("全市常住人口为1023万人，与2010年相比，增加了152万人，增长17.45%，年平均增长1.62%。")
    assert (fs[-1].text, fs[-1].metric, fs[-1].role, fs[-1].direction) == ("1.62%", "常住人口", "delta", "up")


def test_what_a_multiple_is_of_is_no_part_of_the_measure_nor_its_period():
    # (是X的1.6倍: the measure is the one just stated, X is what it is set against)
    fs = facts("1-10月，城区市政公用设施完成投资30.6亿元，是过去3年总和的1.6倍。")
    assert (fs[-1].text, fs[-1].metric, fs[-1].period) == ("1.6倍", "城区市政公用设施完成投资", "1-10月")
    (f,) = facts("今年猪肉价格是去年的1.5倍。")
    assert (f.metric, f.period) == ("猪肉价格", "今年")
    (f,) = facts("参与交易的控排企业数量是上月初的3倍。")
    assert f.metric == "参与交易的控排企业数量"


def test_time_words_of_plans_and_runs_are_periods_not_names():
    # (届时: the time a plan names, no owner; 连续三周: a run of weeks, no part of the measure)
    fs = facts("该项目总投资85亿元，届时可实现年销售收入150亿元以上。")
    assert (fs[-1].subject, fs[-1].period) == ("该项目", "届时")
    (f,) = facts("全省猪肉价格连续三周下跌，目前每公斤24.6元。")
    assert f.metric == "猪肉价格"


def test_a_firm_publishing_its_own_data_is_whom_a_later_gongsi_means():
    t = "比亚迪公布的数据显示，公司10月新能源汽车销量为50.2万辆。其中，海外销量3.1万辆。"
    assert [f.subject for f in facts(t)] == ["比亚迪", "比亚迪"]
    # (a data provider speaking of others still owns nothing: no 公司 there to stand for it)
    assert facts("克而瑞发布数据显示，65家典型房企1-5月销售额为1.2万亿元。")[-1].subject != "克而瑞"


def test_this_quantity_is_the_measure_just_named():
    # (这个数量, 这一规模: the measure just stated, as 这一数字 is)
    fs = facts("今年整个产季预计将有超过50万吨车厘子进入中国市场，这个数量相当于去年同期的近两倍。")
    assert fs[-1].metric == fs[0].metric == "车厘子进入中国市场"


def test_class_words_time_words_and_compounds_are_no_names():
    # (a report's heading of indicators owns nothing; 到年底 is when; 老旧小区 is a kind of compound)
    fs = facts("一、主要指标完成情况\n1.地区生产总值：完成1256.8亿元，增长5.6%。")
    assert {f.subject for f in fs} == {None}
    (f,) = facts("到年底累计建成5G基站1.5万个。")
    assert (f.subject, f.period) == (None, "年底")
    (f,) = facts("该市计划改造老旧小区120个。")
    assert (f.subject, f.metric) == ("该市", "改造老旧小区")


def test_hong_kong_and_taiwan_periods():
    # (首十个月 for 前十个月; 第三季 for 第三季度, a period and no rank; 实质 a link like 实际)
    (f,) = facts("今年首十个月，访港旅客人次达4120万。")
    assert f.period == "今年首十个月"
    fs = facts("2025年第三季本地生产总值按年实质上升3.8%，较上一季的3.1%加快。")
    assert [(f.text, f.metric, f.role) for f in fs] == [("3.8%", "本地生产总值", "delta"), ("3.1%", "本地生产总值", "before")]
    assert fs[0].period == "2025年第三季"


def test_how_a_change_is_counted_is_no_comparison_and_no_measure():
    # (按可比口径, 按可比价格计算: 可比 compares nothing; the measure is the one before)
    fs = facts("全市共接待游客856.3万人次，按可比口径较2019年同期增长21.4%。")
    assert fs[-1].metric == "接待游客"
    (f,) = facts("全市规模以上工业增加值按可比价格计算增长8.1%。")
    assert f.metric == "规模以上工业增加值"


def test_a_run_of_years_dates_nothing_after_it():
    fs = facts("今年全省粮食总产量达到1365.6亿斤，连续8年稳定在1300亿斤以上。其中，稻谷产量623亿斤。")
    assert [f.period for f in fs] == ["今年", "连续8年", "今年"]
    # (a year is no run: it still dates what follows)
    fs = facts("2024年，综合阅读率为82.1%。其中，纸质图书人均阅读量达4.79本。")
    assert fs[-1].period == "2024年"


def test_an_index_level_after_its_move_is_kept():
    fs = facts("沪指涨0.82%报3421.56点，深成指涨1.35%。下午3点开会。")
    assert [f.text for f in fs] == ["0.82%", "3421.56点", "1.35%"]


def test_a_list_of_school_levels_pairs_with_its_counts():
    # (在校生, 毕业生, 招生 head a list's measure; 全市 is the whole list's place, no part of its first item)
    fs = facts("全市小学、初中、高中在校生分别为32.1万人、15.6万人和8.9万人。")
    assert [(f.subject, f.metric) for f in fs] == [("小学", "在校生"), ("初中", "在校生"), ("高中", "在校生")]


def test_a_duration_written_in_parts_is_one_figure_in_hours():
    fs = facts("高峰时段行车间隔2分25秒。男子组冠军成绩为2小时08分15秒。飞行1小时30分钟。上午8点15分开幕。")
    assert [(f.text, f.unit) for f in fs] == [("2分25秒", "hour"), ("2小时08分15秒", "hour"), ("1小时30分钟", "hour")]
    assert abs(fs[0].value - Decimal(145) / Decimal(3600)) < Decimal("1e-20")
    assert (fs[1].value, fs[2].value) == (Decimal("2.1375"), Decimal("1.5"))
    # (a qualifier before the first part bounds the whole)
    (f,) = facts("全程超过2小时08分15秒。")
    assert (f.qualifier, f.low, f.high) == ("more_than", Decimal("2.1375"), None)


def test_chengzhen_is_no_town_and_a_listed_industry_owns_its_deed():
    # (城镇, 乡镇 end no town's name: 新增城镇就业, 常住人口城镇化率)
    (f,) = facts("全市新增城镇就业人数3.94万人。")
    assert (f.subject, f.metric) == ("全市", "新增城镇就业人数")
    (f,) = facts("年末全县常住人口城镇化率为28.67%。")
    assert f.metric == "常住人口城镇化率"
    # (an industry named with 、 inside it achieves a measure as a one-word one does)
    fs = facts("制造业实现利润总额2301.7亿元；电力、热力、燃气及水生产和供应业实现利润总额249.4亿元。")
    assert [(f.subject, f.metric) for f in fs] == [("制造业", "利润总额"), ("电力、热力、燃气及水生产和供应业", "利润总额")]


def test_a_top_n_scope_before_de_is_no_rank_and_graduates_head_no_measure():
    # (销量前十的企业中: a scope, as 前十名 is)
    assert [f.text for f in facts("销量前十的企业中有8家增长。")] == ["8家"]
    # (本科毕业生 is who a rate is of, not a measure a later rate takes: 毕业生 heads no measure)
    fs = facts("2016届本科毕业生中管理学就业率最高，为96.3%，工学以93.5%居次。")
    assert "毕业生" not in (fs[-1].metric or "")


def test_a_rate_after_an_addition_grows_the_stock_the_change_reached():
    # (由…增加到…，新增…，年均增长率X%: the rate is the stock's, not the amount added)
    fs = facts("全市汽车保有量由2015年的120万辆增加到2020年的210万辆，五年间共新增汽车约90万辆，年均增长率11.8%。")
    assert (fs[-1].text, fs[-1].metric, fs[-1].role) == ("11.8%", "汽车保有量", "delta")


def test_a_state_held_group_owns_what_it_achieved():
    # (国有控股企业, 有色金属: 有 inside a name is no verb of having)
    fs = facts("其中，国有控股企业实现利润总额1.7万亿元，同比下降2.1%；私营企业实现利润总额1.5万亿元。")
    assert [(f.subject, f.metric) for f in fs] == [("国有控股企业", "利润总额")] * 2 + [("私营企业", "利润总额")]


def test_names_ranked_by_amounts_respectively_own_them_and_their_places():
    t = "1-10月，TOP100房企实现销售操盘金额3.5万亿元。其中，万科、中海地产分别以2310亿元和2150亿元位列第二、第三。"
    fs = facts(t)[1:]
    assert [(f.text, f.subject) for f in fs] == [("2310亿元", "万科"), ("2150亿元", "中海地产"), ("第二", "万科"), ("第三", "中海地产")]
    assert {f.metric for f in fs} == {fs[0].metric} and "万科" not in fs[0].metric


def test_a_quote_of_the_yuan_is_yuan_per_unit_of_the_other_currency():
    fs = facts("今日人民币对美元汇率中间价报6.8109，较前一交易日调升41个基点。美元兑人民币收于7.1234。")
    assert [(f.text, f.value, f.unit, f.kind) for f in fs if f.unit != "pp"] == [
        ("6.8109", Decimal("6.8109"), "CNY/USD", "money"), ("7.1234", Decimal("7.1234"), "CNY/USD", "money"),
    ]


def test_who_leads_by_a_measure_named_after_the_figure():
    # (X以N的Y: Y is measured, X owns it; a title in 《》 is a name; 票房 heads a measure)
    (f,) = facts("万科以1476亿元的销售额居首。")
    assert (f.subject, f.metric) == ("万科", "销售额")
    f = facts("其中，《志愿军》以6.9亿元的票房位居档期第一。")[0]
    assert (f.subject, f.metric) == ("《志愿军》", "票房")
    # (a colon inside a title is no label's: the title stays whole)
    f = facts("其中，《志愿军：存亡之战》以6.9亿元的票房位居档期第一。")[0]
    assert (f.subject, f.metric) == ("《志愿军:存亡之战》", "票房")


def test_a_comparison_opening_a_clause_is_no_owner():
    fs = facts("二手房挂牌均价为每平方米8950元，较年初累计下跌6.4%，已连续18个月下跌。")
    assert [f.subject for f in fs] == [None, None]


def test_listed_starts_and_ends_pair_item_by_item():
    # (分别从A1、A2…调整为B1、B2…: each item its start and end, each end its own direction; a
    # note in brackets lists no items of its own)
    t = "一次能源消费结构中，煤、油、气、其他能源(水能、核能、风能等)的比重分别从2005年的42.9%、33.8%、5.7%、17.6%调整为2010年的37.9%、29.4%、12.2%、20.5%。"
    fs = facts(t)
    assert [f.subject for f in fs] == ["煤", "油", "气", "其他能源"] * 2
    assert [f.direction for f in fs[4:]] == ["down", "down", "up", "up"]
    assert {f.role for f in fs[:4]} == {"before"} and {f.role for f in fs[4:]} == {"after"}


def test_gaps_listed_after_one_comparison_share_it():
    # (高于全国0.7个百分点、全省0.4个百分点: both are the city's gaps, up)
    fs = facts("前三季度，全市实现地区生产总值4286.3亿元，同比增长5.9%，高于全国0.7个百分点、全省0.4个百分点。")
    assert [(f.role, f.direction, f.subject) for f in fs[-2:]] == [("delta", "up", "全市")] * 2


def test_a_standard_is_no_name_and_its_ze_no_contrast():
    # (准则, 原则, 规则: the 则 ends a word, it sets no name against another; 非国际财务报告准则下:
    # how a figure is counted, no owner)
    fs = facts("腾讯控股公布，第三季度总收入为1672亿元人民币；非国际财务报告准则下的本公司权益持有人应占盈利为596亿元。")
    assert "准" not in (fs[-1].subject or "") and "准则" not in fs[-1].metric


def test_a_share_of_the_years_plan_is_the_planned_measures_and_the_change_after_it_the_levels():
    # (实现X N亿元，完成全年计划的M%: whose share is the measure planned; 全年计划 dates nothing;
    # a change right after the share changes the level)
    fs = facts("前三季度，集团实现销售收入86.4亿元，完成年度目标的72.5%，同比增长9.3%。")
    assert [(f.text, f.metric, f.subject, f.period) for f in fs] == [
        ("86.4亿元", "销售收入", "集团", "前三季度"),
        ("72.5%", "完成年度目标", "销售收入", "前三季度"),
        ("9.3%", "销售收入", "集团", "前三季度"),
    ]
    fs = facts("上半年，公司实现净利润3.1亿元，完成全年计划的48.2%。")
    assert (fs[-1].subject, fs[-1].period) == ("净利润", "上半年")


def test_a_growth_rate_after_a_share_of_a_whole_grows_the_level():
    # (研发投入X，占营业收入的N%，同比增长M%: the spending grew, not its share; a bare 占比 may be
    # followed by its own change)
    fs = facts("该公司研发投入5.2亿元，占营业收入的6.3%，同比增长12.5%。")
    assert (fs[-1].text, fs[-1].metric, fs[-1].role) == ("12.5%", "研发投入", "delta")
    fs = facts("净利润超过10亿元的企业有37家，占比为27%，同比上升7%。")
    assert fs[-1].metric != fs[-3].metric


def test_a_price_paid_after_yi_is_named_by_the_deal_after_it():
    # (由X以N竞得: X paid N for it; 以N的价格转让: a price)
    fs = facts("该地块经过47轮竞价，最终由某地产以24.8亿元竞得。")
    assert (fs[-1].metric, fs[-1].subject) == ("竞得", "某地产")
    fs = facts("公司拟以1.2亿元的价格收购某科技51%股权。")
    assert fs[0].metric == "价格"
    fs = facts("恒力集团以3.6亿元摘得该宗地块。")
    assert (fs[0].metric, fs[0].subject) == ("摘得", "恒力集团")


def test_who_holds_the_most_is_named_after_de_shi_and_the_measure_before_the_superlative():
    # (M最高的是X，为N: X's M; 最低的是Y，为N: Y's, the same measure)
    fs = facts("分地区看，人均消费支出最高的是东城区，为61200元，最低的是门头沟区，为32800元。")
    assert [(f.metric, f.subject) for f in fs] == [("人均消费支出", "东城区"), ("人均消费支出", "门头沟区")]
    fs = facts("而单月环比提升最大的是中国金茂，达到46%。")
    assert (fs[0].metric, fs[0].subject) == ("单月环比提升", "中国金茂")


def test_the_end_of_the_last_quarter_or_month_is_a_comparison_base():
    # (较上季末增加N: the change since the last quarter's end; 上季末 is no period of the figure)
    fs = facts("截至三季度末，全市基金管理规模1.26万亿元，较上季末增加820亿元。")
    assert [(f.metric, f.period) for f in fs] == [("基金管理规模", "截至三季度末")] * 2
    fs = facts("本季度末，贷款余额3.3万亿元。")
    assert fs[0].period == "本季度末"


def test_no_firm_name_after_a_place_runs_through_a_deed_verb():
    # (全国保险业实现原保险保费收入: 保险 ends a firm's name, but 实现 runs through the run; the
    # industry did the deed, the measure is 原保险保费收入)
    fs = facts("前10个月，全国保险业实现原保险保费收入5.12万亿元。")
    assert fs[0].metric == "原保险保费收入"
    assert "实现" not in (fs[0].subject or "")


def test_kong_zhi_zai_links_a_target_to_its_measure():
    # (失业率控制在2.8%以内: 控制在 holds the figure at, as 稳定在 does; the measure is 失业率)
    fs = facts("全市城镇登记失业率控制在2.8%以内。")
    assert (fs[0].metric, fs[0].qualifier) == ("城镇登记失业率", "less_than")


def test_per_unit_of_output_is_part_of_the_measure():
    # (单位地区生产总值能耗: energy per unit of output, no body named 单位)
    fs = facts("单位地区生产总值能耗下降2.5%左右。")
    assert (fs[0].metric, fs[0].subject) == ("单位地区生产总值能耗", None)
    fs = facts("全市事业单位工作人员共有3.2万人。")
    assert "事业单位" in (fs[0].metric or "") + (fs[0].subject or "")


def test_recovered_to_a_years_level_is_a_comparison_base_not_the_period():
    # (恢复至2019年同期的112%: 2019 is the level compared with; the figure is dated by the sentence)
    fs = facts("2024年，全省机场旅客吞吐量5860万人次，恢复至2019年同期的112%。")
    assert [f.period for f in fs] == ["2024年", "2024年"]


def test_town_and_country_named_alone_are_the_parts_whose_figures_they_are():
    # (其中，城市上涨0.2%，农村上涨0.1%: the measure goes on, 城市 and 农村 own the figures; 12个城市
    # counts towns)
    fs = facts("11月份，全国居民消费价格同比上涨0.2%。其中，城市上涨0.2%，农村上涨0.1%。")
    assert [(f.metric, f.subject) for f in fs[1:]] == [("居民消费价格", "城市"), ("居民消费价格", "农村")]
    fs = facts("土地出让金超过千亿元的有12个城市。")
    assert fs[-1].subject != "城市"


def test_parts_given_one_measure_are_no_topic_of_the_next_sentence():
    # (东部地区投资增长3.1%，…，西部地区投资下降0.9%: parts listed; the next sentence is the whole's)
    fs = facts("全市投资增长3%。东部地区投资增长3.1%，西部地区投资下降0.9%。民间投资同比下降0.2%。")
    assert fs[-1].subject == "全市"


def test_domestic_owned_firms_are_a_name():
    # (内资企业投资增长2.6%: 内资企业 owns the figure; 外资 alone is no name)
    fs = facts("内资企业投资增长2.6%，外资企业投资下降11.4%。")
    assert [(f.metric, f.subject) for f in fs] == [("投资", "内资企业"), ("投资", "外资企业")]


def test_a_count_leading_by_its_measure_after_yi_is_the_named_ones():
    # (比亚迪以44.1万辆的销量继续位居榜首: 比亚迪's 销量; 继续 ends the measure)
    fs = facts("比亚迪以44.1万辆的销量继续位居厂商榜首。")
    assert (fs[0].metric, fs[0].subject) == ("销量", "比亚迪")


def test_a_topic_named_only_for_its_share_is_no_topic_after():
    # (a figure-less sentence names 粮食主产区; the next gives only its share and contribution; the
    # sentences after are about the country's output, not the producing areas')
    t = ("2023年全国粮食总产量69541万吨。粮食主产区对保障国家粮食安全的贡献进一步凸显。"
         "主产区粮食产量占粮食总产量的77.9%，对粮食增产的贡献率达到51.0%。全年猪牛羊禽肉产量9641万吨。")
    assert facts(t)[-1].subject != "粮食主产区"


def test_a_name_after_its_description_heads_the_figures_after_it():
    # (而位列榜单第四位的中海发展，前11个月拿地金额928亿元: 中海发展 holds the place and the amount)
    fs = facts("万科、碧桂园拿地金额居前。而位列榜单第四位的中海发展，前11个月拿地金额928亿元。")
    assert [(f.text, f.metric, f.subject) for f in fs] == [("第四位", "榜单", "中海发展"), ("928亿元", "拿地金额", "中海发展")]


def test_a_top_set_owns_its_figure():
    # (TOP10房企拿地金额合计达8824亿元: the top ten developers' land spend)
    fs = facts("前11个月，TOP10房企拿地金额合计达8824亿元。")
    assert (fs[0].metric, fs[0].subject) == ("拿地金额", "TOP10房企")


def test_a_top_sets_share_is_its_own_and_a_regions_top_set_is_the_regions():
    # (TOP10企业…，占TOP100企业的35.2%: the top ten's share of the top hundred; a share opens no name)
    fs = facts("TOP10企业拿地总额8824亿元，占TOP100企业的35.2%。")
    assert (fs[-1].metric, fs[-1].subject) == ("占TOP100企业", "TOP10企业")
    # (长三角城市群土地市场热度不减，TOP10企业拿地金额…: the region's figure)
    fs = facts("长三角城市群土地市场热度不减，TOP10企业拿地金额共计3397亿元。")
    assert fs[0].subject.startswith("长三角")


def test_an_industry_opening_a_list_of_measures_owns_them_all():
    # (纺织服装行业毛利率、主营业务利润率和净利润率分别为…: the industry's three rates)
    fs = facts("上半年，纺织服装行业毛利率、主营业务利润率和净利润率分别为20.42%、8.81%、8.2%。")
    assert [(f.metric, f.subject) for f in fs] == [
        ("毛利率", "纺织服装行业"), ("主营业务利润率", "纺织服装行业"), ("净利润率", "纺织服装行业")
    ]


def test_an_age_group_owns_its_figure():
    # (60岁以上老年人接种覆盖人数: the age group's coverage, as 农村居民人均可支配收入 is the group's)
    fs = facts("60岁以上老年人接种覆盖人数达到2亿3616.9万人。")
    assert (fs[0].metric, fs[0].subject) == ("接种覆盖人数", "60岁以上老年人")
    fs = facts("年末全市60周岁及以上人口312.5万人。")
    assert "60周岁及以上人口" in fs[0].metric


def test_a_stock_described_before_its_name_is_the_name():
    # (保险行业白马股中国平安最新A股市值: the blue chip described is 中国平安)
    fs = facts("保险行业白马股中国平安最新A股市值为9527亿元。")
    assert fs[0].subject == "中国平安"


def test_jie_zhi_dates_down_to_the_day_and_hour():
    # (截至27日18时: the day and the hour are the period's, not a bare 截至)
    fs = facts("截至27日18时，全省共有12个市受灾。")
    assert fs[0].period == "截至27日18时"


def test_a_day_within_the_time_dates_no_sentence_after():
    # (…，其中11月11日当天…: the day is a part of the period; the next sentence is the whole's)
    fs = facts("今年双十一期间，全市快递业务量突破1.2亿件，其中11月11日当天揽收量达到1860万件。全市共投入快递从业人员近4万人。")
    assert fs[-1].period == "今年双十一期间"  # (the event's days, the whole's period)


def test_provinces_counted_after_deng_are_a_count_of_provinces():
    # (福建、浙江、江西、安徽等4省: a count of 省, the names its examples; 两省 after the names or
    # alone refers to them again and is no figure)
    fs = facts("受台风影响，福建、浙江、江西、安徽等4省339.1万人受灾。")
    assert (fs[0].text, fs[0].unit, fs[0].metric, fs[0].subject) == ("4省", "省", "省", None)
    assert [f.text for f in facts("四川、云南两省均已出台措施，严控小水电。")] == []


def test_gao_zhong_keeps_its_zhong_and_the_last_generation_is_a_comparison_base():
    # (普通高中86所: 中 ends the school's name, it is no "among"; 较上一代下调500元: the earlier
    # model is what the price is compared with, not the measure)
    assert facts("其中，普通高中86所，初中120所。")[0].metric == "普通高中"
    fs = facts("新机起售价5499元，较上一代下调500元。")
    assert (fs[-1].metric, fs[-1].role, fs[-1].direction) == (fs[0].metric, "delta", "down")


def test_an_index_closing_level_after_its_change_is_the_end_of_it():
    # (上证指数跌0.67%，报3318.52点: the index's level the fall reached; 截至收盘 dates it; 创业板指
    # is an index's name)
    fs = facts("截至收盘，上证指数跌0.67%，报3318.52点；创业板指跌1.45%，报2146.78点。")
    assert [(f.text, f.metric, f.role, f.direction, f.period) for f in fs[:2]] == [
        ("0.67%", "上证指数", "delta", "down", "截至收盘"), ("3318.52点", "上证指数", "after", "down", "截至收盘"),
    ]
    assert fs[2].metric == "创业板指"


def test_a_firm_word_after_a_deed_on_its_shares_is_no_name():
    # (在接连回购注销公司股份的同时，公司还计划…: 公司 is the firm named before, not 接连回购注销公司)
    t = "梅花生物发布公告。在接连回购注销公司股份的同时，公司还计划向全体股东每10股分派现金股利4元。"
    assert facts(t)[-1].subject == "梅花生物"


def test_a_metropolitan_area_named_after_its_city_is_one_name():
    # (成都都市圈实现地区生产总值: the metropolitan area, not 成都 and a measure 市圈实现…)
    fs = facts("2025年一季度成都都市圈实现地区生产总值7393.1亿元。")
    assert (fs[0].metric, fs[0].subject) == ("地区生产总值", "成都都市圈")


def test_a_note_or_spaces_between_a_cue_and_its_figure_hide_nothing():
    # (同比增长(下同)4.1%: (下同) notes that later figures compare the same way; 增长    5.1%: spaces
    # from a column layout)
    fs = facts("1至8月，河北省进出口674.9亿元，同比增长(下同)4.1%。全市出口增长    5.1%。")
    assert [(f.text, f.role, f.direction, f.metric) for f in fs[1:]] == [
        ("4.1%", "delta", "up", "进出口"), ("5.1%", "delta", "up", "出口"),
    ]


def test_the_measure_after_names_with_bracketed_rates_is_theirs_and_their_places():
    # (西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…第2位和第6位: the growth of GDP, for the
    # rates in brackets and the places after 分别)
    fs = facts("西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区第2位和第6位。")
    assert {f.metric for f in fs if f.text in ("13.0%", "8.2%", "第2位", "第6位")} == {"地区生产总值增速"}


def test_a_cut_of_a_share_of_a_measure_names_the_measure_after_de_and_a_setting_names_no_one():
    # (在已然落后的态势下仍然不得不大幅压缩了46%的投资规模: what was cut is 投资规模; the setting
    # 在…态势下 owns nothing)
    fs = facts("中国联通已然落后。在已然落后的态势下仍然不得不大幅压缩了46%的投资规模。")
    assert (fs[0].metric, fs[0].role, fs[0].direction) == ("投资规模", "delta", "down")
    assert fs[0].subject != "落后"


def test_utilisation_hours_are_a_length_of_time_stated_as_a_figure():
    # (平均利用小时2647小时: generating hours are a measure, not a time reference)
    fs = facts("1—10月，全国发电设备累计平均利用小时2647小时，比上年同期降低227小时。")
    assert [(f.text, f.role) for f in fs] == [("2647小时", "value"), ("227小时", "delta")]
    assert fs[1].metric == fs[0].metric


def test_a_time_limit_cut_to_a_length_of_time_is_a_figure():
    # (企业开办时限压缩至1个工作日, 开办时间压缩至3天: the cue is the time word, a few words before)
    assert [f.text for f in facts("企业开办时限压缩至1个工作日，开办时间压缩至3天。")] == ["1个工作日", "3天"]


def test_a_part_named_alone_before_zhan_owns_its_share():
    # (船舶占3.3%，飞机占17.3%: each mode's share; 分别占, 两者占 name no part; 机构中国占: the place)
    fs = facts("入境旅游人数按照入境方式分，船舶占3.3%，飞机占17.3%。")
    assert [f.subject for f in fs] == ["船舶", "飞机"]
    fs = facts("天河、荔湾分别占44%和15%。")
    assert all(f.subject != "分别" for f in fs)


def test_a_counted_set_of_firms_owns_what_it_achieved():
    # (规模以上服务业260家，实现营业收入59.82亿元，同比增长13.0%: the set's income and its growth)
    fs = facts("1-5月，规模以上服务业260家，实现营业收入59.82亿元，同比增长13.0%。")
    assert [(f.text, f.subject) for f in fs[1:]] == [("59.82亿元", "规模以上服务业"), ("13.0%", "规模以上服务业")]


def test_a_verb_of_taking_part_opens_no_name():
    # (参加城乡居民基本养老保险人数: 城乡 ends like a township, but 参加… names no place)
    fs = facts("年末参加城镇职工基本养老保险人数9.86万人；参加城乡居民基本养老保险人数27.3万人。")
    assert fs[-1].subject != "参加城乡"


def test_the_last_n_years_before_a_rate_is_a_window_not_a_length_of_time():
    # (近五年年均增长8.2%: a period, no figure of five years; 近300年 is a length of time)
    fs = facts("全市地区生产总值近五年年均增长8.2%。该树已有近300年历史。")
    assert [f.text for f in fs] == ["8.2%", "300年"]
    assert fs[0].period == "近五年"


def test_a_share_of_an_earlier_level_is_of_the_same_measure():
    # (旅游总收入8560亿元，恢复到2019年的105%: 105% of 2019's 旅游总收入, no measure 恢复)
    fs = facts("全年实现旅游总收入8560亿元，恢复到2019年的105%。")
    assert fs[-1].metric == "旅游总收入"


def test_from_a_year_on_is_a_period():
    # (2020年起每天开行8对: from 2020 on, a period; 起 is no part of the measure)
    fs = facts("2020年起每天开行8对客运列车。")
    assert (fs[0].period, fs[0].metric.startswith("起")) == ("2020年起", False)


def test_a_turnaround_time_is_a_length_of_time():
    got = [(f.text, f.metric, f.role) for f in facts("平均理赔时效为0.43天，较上年缩短0.08天。")]
    assert got[0] == ("0.43天", "平均理赔时效", "value") and got[1][0] == "0.08天"


def test_how_long_a_trend_lasted_is_no_part_of_the_measure_it_names():
    [f] = facts("能繁母猪存栏量已连续三个月下降，10月末为3998万头。")
    assert (f.metric, f.period) == ("能繁母猪存栏量", "10月末")


def test_a_week_of_a_month_and_the_time_up_to_a_years_end_are_periods():
    got = [(f.text, f.metric, f.subject, f.period) for f in facts("11月第4周全国生猪平均价格为每公斤15.82元。预计年底前生猪价格在每公斤15元至17元之间。")]
    assert got[0] == ("15.82元", "生猪平均价格", "全国", "11月第4周")
    assert (got[1][1], got[1][3]) == ("生猪价格", "年底前")


def test_a_clause_naming_what_leads_gives_the_next_figure_its_measure():
    got = [(f.text, f.metric) for f in facts("医疗险赔付件数最多，达到189.2万件，件均赔付金额约为3200元。")]
    assert got == [("189.2万件", "医疗险赔付件数"), ("3200元", "件均赔付金额")]


def test_a_plan_periods_end_is_a_base_and_yue_of_a_contract_stays():
    got = [(f.text, f.metric) for f in facts("全市森林覆盖率达到43.6%，比“十三五”末提高1.8个百分点。")]
    assert got == [("43.6%", "森林覆盖率"), ("1.8个百分点", "森林覆盖率")]
    [f] = facts("豆粕主力合约上涨0.62%。")
    assert f.metric == "豆粕主力合约"  # (约 of 合约 is no "about" to cut off)
    [g] = facts("小时最低工资标准相应调整为23.5元。")
    assert g.metric == "小时最低工资标准"


def test_a_class_named_by_its_number_is_no_count():
    got = [f.text for f in facts("一类地区月最低工资标准由2200元提高到2420元，二类地区由2000元提高到2200元。")]
    assert got == ["2200元", "2420元", "2000元", "2200元"]


def test_a_turn_to_positive_ends_the_measure_a_clause_names():
    [f] = facts("经营活动现金流量净额由负转正，达到4.5亿元。")
    assert f.metric == "经营活动现金流量净额"


def test_the_last_trading_days_are_a_window_not_a_count():
    [f] = facts("近5个交易日，该股累计上涨46.4%。")
    assert (f.text, f.period) == ("46.4%", "近5个交易日")


def test_the_place_before_a_listed_rank_is_where_it_ranks():
    got = [(f.text, f.subject) for f in facts("该市每万人拥有5G基站数达到25.6个，位居全省第一、全国前十。千兆光网覆盖家庭超过300万户。")]
    assert got == [("25.6个", "该市"), ("第一", "该市"), ("前十", "该市"), ("300万户", "该市")]


def test_a_period_opened_by_qizhong_later_in_the_sentence_is_the_parts_own():
    got = [(f.text, f.period) for f in facts("1—10月，全市完成货物吞吐量11.6亿吨；集装箱吞吐量3302万标准箱，增长9.1%，其中10月完成集装箱吞吐量341万标准箱。")]
    assert got == [("11.6亿吨", "1—10月"), ("3302万标准箱", "1—10月"), ("9.1%", "1—10月"), ("341万标准箱", "10月")]


def test_the_average_price_of_a_sale_of_shares_is_no_stake_moved():
    got = [(f.text, f.role) for f in facts("股东张某累计减持公司股份320万股，减持均价为每股15.62元。")]
    assert got == [("320万股", "delta"), ("15.62元", "value")]


def test_the_side_a_clause_opens_on_measures_the_figures_after_it():
    got = [(f.text, f.metric, f.subject) for f in facts("营收方面，甲公司为128.6亿元；净利润方面，甲公司为15.3亿元，乙公司仅为4.7亿元。")]
    assert got == [("128.6亿元", "营收", "甲公司"), ("15.3亿元", "净利润", "甲公司"), ("4.7亿元", "净利润", "乙公司")]


def test_chuxianzai_holds_no_period_now():
    [f] = facts("最大累计降雨量出现在某县某镇，达412.6毫米。")
    assert f.period is None


def test_names_listed_before_their_measure_and_their_changes_in_order():
    got = [(f.text, f.metric, f.subject) for f in facts("平安银行、华夏银行的净息差分别为1.79%、1.55%，同比下滑0.14个百分点、0.05个百分点。")]
    assert got == [
        ("1.79%", "净息差", "平安银行"), ("1.55%", "净息差", "华夏银行"),
        ("0.14个百分点", "净息差", "平安银行"), ("0.05个百分点", "净息差", "华夏银行"),
    ]


def test_a_name_alone_in_parallel_with_an_owner_takes_the_measure_before():
    got = [(f.text, f.metric, f.subject) for f in facts("普通一居室的出租价格一般在1500元至1700元/月，两居室在1800至2200元/月。")]
    assert got[2:] == [("1800", "出租价格", "两居室"), ("2200元", "出租价格", "两居室")]
    assert got[0][1] == "出租价格"  # (一般 is no part of the measure)


def test_a_verb_with_its_object_before_a_figure_names_the_measure_and_who_acts():
    [f] = facts("央行下调金融机构存款准备金率0.5个百分点。")
    assert (f.role, f.direction, f.metric, f.subject) == ("delta", "down", "金融机构存款准备金率", "央行")
    [g] = facts("今年上调退休人员基本养老金2%。")
    assert (g.role, g.direction, g.metric) == ("delta", "up", "退休人员基本养老金")


def test_a_total_reached_after_an_addition_is_a_level_and_a_recent_window_no_count():
    got = [(f.text, f.role) for f in facts("过去五年，新增市场主体52.3万户，总量突破120万户。")]
    assert got == [("52.3万户", "delta"), ("120万户", "value")]
    assert [f.text for f in facts("该基金近三年累计亏损超过三成。")] == ["三成"]


def test_table_rows_opened_by_qizhong_take_the_unit_of_the_row_they_break_down():
    text = (
        "| 指标 | 本月 | 同比增减（%） |\n|---|---|---|\n"
        "| 发电量（亿千瓦时） | 128.5 | 3.6 |\n| 其中：火电 | 96.3 | -1.2 |\n| 水电 | 18.7 | 21.5 |\n"
        "| 用电量 | 99.1 | 2.0 |\n"
    )
    got = {(f.text, f.unit) for f in facts(text)}
    assert {("96.3", "kWh"), ("18.7", "kWh")} <= got
    assert ("99.1", "kWh") not in got  # (a row naming a measure of its own ends the parts)


def test_a_price_per_barrel_and_domestic_games_and_a_provisional_estimate():
    got = [(f.text, f.unit) for f in facts("轻质原油期货价格收于每桶68.72美元。")]
    assert got == [("68.72美元", "USD/桶")]
    [g, _] = facts("其中，国内游戏收入为428亿元，同比增长15%。")
    assert (g.metric, g.subject) == ("国内游戏收入", None)
    [h, _] = facts("10月零售业总销货价值的临时估计为316亿港元，按年下跌4.4%。")
    assert h.metric == "零售业总销货价值"


@pytest.mark.parametrize(
    "text, unit",
    [("预计今年市场规模将达到5000亿。", "CNY"), ("平台交易规模突破2万亿。", "CNY"), ("全年GMV为3000亿。", "CNY"), ("用户规模达10亿。", "人")],
)
def test_a_bare_amount_in_yi_after_a_scale_of_money_is_money(text, unit):
    [f] = facts(text)
    assert f.unit == unit


def test_a_superlative_a_single_month_or_a_share_is_no_ones_name():
    got = [(f.text, f.subject) for f in facts("全省平均降雨量为86.5毫米，最大累计降雨量出现在某县某镇，达412.6毫米。")]
    assert got == [("86.5毫米", "全省"), ("412.6毫米", "全省")]  # (not 最大)
    [f] = facts("18至25岁受访者的消费意愿最强，近七成表示愿意为兴趣爱好买单。")
    assert f.subject != "七成"


def test_dui_of_duiwai_and_duizhao_is_no_preposition_to_drop():
    got = [f.metric for f in facts("全省对外贸易进出口总额达5000亿元。对照组为38.2%。对外投资增长12%。")]
    assert got == ["对外贸易进出口总额", "对照组", "对外投资"]


def test_a_plan_date_later_in_the_sentence_dates_no_figure_before_it():
    got = [(f.text, f.period) for f in facts("公司拟投资不超过30亿元建设新能源电池项目，一期投资约12亿元，预计2026年底投产。")]
    assert got == [("30亿元", None), ("12亿元", None)]


@pytest.mark.parametrize(
    "word", ["使用外资", "及时率", "与会人数", "并购金额", "让利金额", "据点数量", "使用率", "通过率"],
)
def test_a_measure_opening_on_a_word_that_starts_like_a_link_keeps_it(word):
    [f] = facts(f"{word}为120亿元。")
    assert f.metric == word


def test_per_head_opening_a_name_like_run_belongs_to_the_measure():
    [f] = facts("全市人均公园绿地面积达到15.2平方米。")
    assert (f.metric, f.subject) == ("人均公园绿地面积", "全市")


def test_an_addition_or_a_condition_is_no_name_and_ji_is_a_link():
    got = [(f.text, f.subject) for f in facts("今年以来，全市新增城乡公交线路36条，实现具备条件的建制村通客车率100%。")]
    assert got == [("36条", "全市"), ("100%", "全市")]
    [f] = facts("这款应用上线首周下载量即突破500万次。")
    assert f.metric == "这款应用上线首周下载量"


def test_items_listed_short_share_the_ending_of_the_last():
    got = [f.subject for f in facts("分区域看，东、中、西部地区投资分别增长3.1%、5.2%和4.0%。")]
    assert got == ["东部地区", "中部地区", "西部地区"]
    got = [f.subject for f in facts("其中美容美发、健身游泳类投诉分别增长35.2%和28.7%。")]
    assert got == ["美容美发类投诉", "健身游泳类投诉"]


def test_who_was_granted_stands_before_the_verb():
    [f, *_] = facts("今年该校获批国家自然科学基金项目156项，资助经费合计9320万元。")
    assert (f.subject, f.metric) == ("该校", "国家自然科学基金项目")


def test_a_counted_set_is_no_name_an_anaphor_stands_for():
    got = [f.subject for f in facts("该基金今年以来收益率为-12.35%，在同类1862只基金中排名第1530位。")]
    assert "同类1862只基金" not in got


def test_yuan_after_a_number_priced_in_another_currency_and_the_circle_zero():
    got = [(f.text, f.unit, f.metric) for f in facts("台积电10月营收为新台币3672.7亿元。公司营收为港币3亿元，另有人民币3亿元。")]
    assert got[0] == ("3672.7亿元", "TWD", "营收") and got[1][:2] == ("3亿元", "HKD") and got[2][1] == "CNY"
    [f, _] = facts("二○二五年九月的商品整體出口貨值為4,533億元，較一年前上升15.9%。")
    assert f.period == "二〇二五年九月"


def test_a_seasonal_adjustment_is_no_owner():
    got = [f.subject for f in facts("經季節性調整的失業率由六月至八月的3.7%上升至七月至九月的3.9%。")]
    assert got == [None, None]


def test_an_anaphor_stands_for_no_deed_written_before_it():
    text = "在昨晚结束的比赛中，主队以3比1战胜客队。本赛季，该队共打进52球，积分领先第二名9分。"
    assert all("战胜" not in (f.subject or "") for f in facts(text))


def test_the_changes_after_a_share_of_the_plan_grow_the_level():
    got = [(f.text, f.metric) for f in facts("全县一般公共预算收入完成18.6亿元，为年度预算的92.3%，同比增收1.4亿元，增长8.1%。")]
    assert got[2:] == [("1.4亿元", "一般公共预算收入"), ("8.1%", "一般公共预算收入")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("第一节球队丢了38分", "38", "分"),  # a game's points
        ("本赛季他场均得到28.5分", "28.5", "分"),
        ("高考成绩650分", "650", "分"),  # an exam's marks
        ("满意度得分为86.5分", "86.5", "分"),  # a rating
        ("每千瓦时电价下调3.7分", "0.037", "CNY/kWh"),  # a price: hundredths of a yuan
    ],
)
def test_a_figure_in_fen_is_a_score_after_a_score_word_and_money_after_a_price_word(text, value, unit):
    [f] = extract(text, doc="x")
    assert (str(f.value), f.unit) == (value, unit)


def test_a_figure_in_fen_with_no_score_or_price_word_stays_dropped():
    assert extract("他说了3分就走了。", doc="x") == []


def test_a_price_per_unit_quoted_earlier_does_not_carry_into_a_clause_per_another_thing():
    fs = {f.text: f for f in extract("生猪出栏均价每公斤16.8元，环比上涨5%，养殖户每头猪盈利约200元。", doc="x")}
    assert (fs["16.8元"].unit, str(fs["16.8元"].value)) == ("CNY/t", "16800.0")
    assert (fs["200元"].unit, fs["200元"].value) == ("CNY", 200)  # per head, written plain: not 200000 CNY/t
    # (the unit quoted earlier still holds where nothing else is named: 年前一斤8~9元，年后降至4元)
    assert extract("年前一斤8~9元，年后降至4元。", doc="x")[-1].unit == "CNY/t"


def test_a_price_per_unit_keeps_its_unit_when_a_qualifier_stands_before_the_unit():
    [f] = extract("黄金现货价格突破每盎司2400美元。", doc="x")
    assert (f.text, f.unit, f.qualifier) == ("2400美元", "USD/oz", "more_than")


def test_a_measure_before_fenbie_is_no_reporting_name():
    # 营收分别录得: 分别 ends no name; the measure before it is whose figures nobody names here
    fs = facts("根据细分数据，国内、国际业务实现双增长，营收分别录得780.7亿和364.5亿。")
    assert [f.metric for f in fs] == ["营收", "营收"]
    assert all("分别" not in (f.subject or "") for f in fs)


def test_a_measure_under_a_topic_frame_is_no_name():
    # 从渠道构成看，码洋比重为…: the clause's own measure stays the measure (names under a frame
    # still swap: 丰田为0.1%)
    [f] = facts("从渠道构成看,码洋比重为41.46%。")
    assert (f.metric, f.subject) == ("码洋比重", None)
    fs = facts("从纯电动汽车在总销量中的占比来看，丰田为0.1％，本田为0.3％。")
    assert [f.subject for f in fs] == ["丰田", "本田"]


def test_gai_guo_stands_for_the_last_country_named():
    fs = facts("刚果（金）卫生部15日称，该国本轮埃博拉疫情累计确诊病例升至808例，其中192人死亡。")
    assert {f.subject for f in fs} == {"刚果（金）"}


def test_goods_listed_by_origin_in_a_heading_name_no_one():
    fs = facts("餐饮生意：丹麦猪肚、澳洲牛肉\n捞王今年新开餐厅44间。")
    assert [(f.text, f.subject) for f in fs] == [("44间", "捞王")]


def test_a_demonstrative_is_no_name():
    fs = facts("三一重工海外业务表现突出,这部分业务毛利率比国内高出约9个百分点。")
    assert all(not (f.subject or "").startswith("这") for f in fs)


def test_a_kind_of_fund_is_no_firm():
    # 政府性基金 is a class of public funds, not a fund company: the place before it owns the figure
    fs = facts("1-8月累计,全国政府性基金预算收入33974亿元,同比下降15%。")
    assert {(f.subject, f.metric) for f in fs} == {("全国", "政府性基金预算收入")}
    # (a fund company still owns its figures)
    [f] = facts("华夏基金管理规模达到752亿元。")
    assert f.subject == "华夏基金"


def test_a_list_of_owners_cut_by_a_figure_in_its_first_item_owns_the_measure_after_it():
    fs = {f.text: f for f in facts("有序推进铁路建设,14个集中连片特困地区、革命老区、边疆地区累计完成铁路基建投资4175.8亿元。")}
    f = fs["4175.8亿元"]
    assert f.subject == "集中连片特困地区、革命老区、边疆地区"
    assert not f.metric.startswith("、") and f.metric.endswith("铁路基建投资")


def test_an_index_quoted_is_the_measure_and_the_board_is_no_owner():
    fs = facts("截至收盘，上证指数报3029.67点，上涨0.86%；创业板指报1912.36点，上涨1.57%；科创50指数上涨2.08%。沪指收于3030点。")
    assert [(f.metric, f.subject) for f in fs] == [
        ("上证指数", None), ("上证指数", None), ("创业板指", None), ("创业板指", None), ("科创50指数", None), ("沪指", None)
    ]


def test_jiu_before_a_figure_is_no_part_of_the_measure():
    assert [f.metric for f in facts("仅第三季度，全省进出口就达5183.7亿元。")] == ["进出口"]


def test_each_figure_listed_after_yi_names_its_own_measure_after_its_de():
    fs = facts("vivo以512.3万部的出货量、17.0%的份额排名第一。")
    assert [(f.text, f.metric) for f in fs][:2] == [("512.3万部", "出货量"), ("17.0%", "份额")]


def test_brands_shipping_side_by_side_are_names():
    fs = facts("10月，vivo以512.3万部的出货量位居第一；华为出货486.9万部，同比增长41.2%；苹果出货463.8万部；小米出货441.6万部。")
    assert [(f.text, f.subject) for f in fs if f.unit == "部"] == [
        ("512.3万部", "vivo"), ("486.9万部", "华为"), ("463.8万部", "苹果"), ("441.6万部", "小米")
    ]
    # (one clause on the verb is no sign of a name)
    assert facts("今年产品出货486.9万部。")[0].subject != "产品"


def test_the_article_subject_opening_a_measure_is_its_owner():
    text = (
        "云图智能科创板IPO获受理\n深圳计算机视觉企业云图智能的科创板上市申请日前获上交所受理。"
        "2021年至2023年，云图智能营收从4.82亿元增至10.2亿元。不过公司始终未能盈利，2023年亏损3.08亿元。"
    )
    got = [(f.text, f.subject, f.metric) for f in facts(text)]
    assert got == [("4.82亿元", "云图智能", "营收"), ("10.2亿元", "云图智能", "营收"), ("3.08亿元", "云图智能", "亏损")]



def test_buguo_opens_a_clause_but_not_a_measure():
    fs = facts("入境旅客有2,589,451人次；不过夜旅客有1,344,381人次。")
    assert fs[1].metric == "不过夜旅客"


def test_a_group_named_alone_after_a_group_and_its_measure_takes_that_measure():
    fs = facts("分学历层次看，本科毕业生去向落实率为92.87%，硕士毕业生为96.94%，博士毕业生为98.21%。")
    assert [f.metric for f in fs] == ["本科毕业生去向落实率", "硕士毕业生去向落实率", "博士毕业生去向落实率"]
    fs = facts("2011冷年空调市场平均价格同比上升13.38%，其中变频空调上升4.9%，定频空调上升11%。")
    assert [f.metric for f in fs][1:] == ["变频空调市场平均价格", "定频空调市场平均价格"]


def test_a_measure_missing_its_head_is_no_group_in_parallel():
    fs = facts("体育场地面积43.2亿平方米，人均拥有体育场地3.0平方米。")
    assert fs[1].metric == "人均拥有体育场地"


@pytest.mark.parametrize(
    "text, ranks",
    [
        ("杭州4.36亿件、温州3.27亿件分别居第2位和第3位。", [("第2位", "杭州"), ("第3位", "温州")]),
        ("洛阳市、南阳市分别新增9.6万人和8.9万人，分列第2位和第3位。", [("第2位", "洛阳市"), ("第3位", "南阳市")]),
    ],
)
def test_ranks_listed_respectively_go_to_the_names_just_listed_in_order(text, ranks):
    assert [(f.text, f.subject) for f in facts(text) if f.kind == "rank"] == ranks


def test_a_names_bracketed_note_is_no_part_of_the_measure_and_a_share_measures_no_count():
    fs = facts("分城市看，金华（义乌）快递业务量10.82亿件，居全省第1位，占全省的39.5%；杭州4.63亿件，居第2位。")
    assert fs[0].metric == "快递业务量"


def test_a_count_after_a_share_carries_the_counts_measure_not_the_shares():
    fs = facts("金华快递业务量10.82亿件，占全省的39.5%，杭州4.63亿件。")
    assert (fs[-1].subject, fs[-1].metric) == ("杭州", "快递业务量")


def test_taxes_are_measures_not_owners():
    fs = facts("1-10月，全省税收收入2196.8亿元，比去年同期减少1.5%，契税和土地增值税分别下降14.2%和18.7%。")
    assert [(f.subject, f.metric) for f in fs][2:] == [("全省", "契税"), ("全省", "土地增值税")]


def test_loans_and_balances_head_measures_listed():
    fs = facts("6月末，普惠小微贷款和制造业中长期贷款余额同比分别增长23.8%和29.7%。")
    assert [f.metric for f in fs] == ["普惠小微贷款", "制造业中长期贷款余额"]


def test_names_listed_before_fenbie_zhan_own_their_shares_in_order():
    fs = facts("全省快递市场中，圆通、韵达、申通分别占17.6%、15.2%和14.8%。")
    assert [(f.subject, f.metric) for f in fs] == [("圆通", "占比"), ("韵达", "占比"), ("申通", "占比")]


def test_names_listed_before_fenbie_yi_own_the_figures_and_ranks_in_order():
    fs = facts("国庆期间，1号线、2号线分别以312.5万人次、276.8万人次位居第二、第三位。")
    assert [(f.text, f.subject) for f in fs] == [("312.5万人次", "1号线"), ("276.8万人次", "2号线"), ("第二", "1号线"), ("第三位", "2号线")]
