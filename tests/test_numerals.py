"""factx.numerals: [input, expected] tables grouped by phenomenon, plus properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from factx import NumberParseError, parse_number, scan_numbers
from factx.numerals import to_chinese

D = Decimal


def one(text: str):
    p = parse_number(text)
    return p.value, p.unit, p.qualifier


# ---------------------------------------------------------------- Arabic
ARABIC = [
    ("1,220.3", D("1220.3")),
    ("１２３．５", D("123.5")),
    ("16.4亿", D("1640000000")),
    ("1,100万", D("11000000")),
    ("0.77", D("0.77")),
    (".5", D("0.5")),
    ("2e5", D("200000")),
    ("40k", D("40000")),
    ("１，２３４", D("1234")),
    ("47.264287亿", D("4726428700")),
]

# ---------------------------------------------------------------- Chinese
CHINESE = [
    ("一百五十二", D(152)),
    ("两千四百五", D(2450)),
    ("一千零一", D(1001)),
    ("一万零四十", D(10040)),
    ("四亿五千六百四十二万零一十五", D(456420015)),
    ("十五", D(15)),
    ("廿三", D(23)),
    ("卅", D(30)),
    ("壹佰捌拾壹", D(181)),
    ("贰拾", D(20)),
    ("萬九", D(19000)),
    ("千三", D(1300)),
    ("二〇二六", D(2026)),
    ("四万万", D(400000000)),
    ("十万", D(100000)),
    ("拾万零五十六", D(100056)),
    ("一万五千亿", D(1500000000000)),
    ("二十万亿", D(20000000000000)),
    ("五兆六十二亿四万五千二", D(5006200045200)),
    ("两万三千", D(23000)),
    ("十点二三三", D("10.233")),
    ("万亿", D(1000000000000)),  # 突破万亿: one 万亿
]

# ---------------------------------------------------------------- mixed
MIXED = [
    ("3.92万亿", D(3920000000000)),
    ("13万2", D(132000)),
    ("3万4000", D(34000)),
    ("一千二百二十点三亿", D(122030000000)),
    ("25万6千", D(256000)),
    ("2千零30万", D(20300000)),
    ("1千零20", D(1020)),
    ("１１.92亿", D(1192000000)),
    ("7 万5 千4 百", D(75400)),
    # a decimal in the last group is that group's: 34亿 + 1514.6万 (not (34亿1514 + 0.6) x 万)
    ("34亿1514.6万", D(3415146000)),
    ("3亿零1.5万", D(300015000)),
    ("3万1514.6", D("31514.6")),
]

# ---------------------------------------------------------------- negatives
NEGATIVE = [
    ("负5", D(-5)),
    ("负三十二", D(-32)),
    ("-22.2%", D("-22.2")),
    ("负1,200,000", D(-1200000)),
    ("－1２２％", D(-122)),
]

# ---------------------------------------------------------------- fractions and percents
RATIO = [
    ("百分之八十七点三七", D("87.37"), "%"),
    ("百分之一点五七", D("1.57"), "%"),
    ("百分之十五", D(15), "%"),
    ("千分之五", D("0.5"), "%"),
    ("万分之三", D("0.03"), "%"),
    ("百分之百", D(100), "%"),  # a bare 百 after 百分之 is all of it (not 百分 = 1 yuan)
    ("百万分之五", D("0.0005"), "%"),
    ("三成", D(30), "%"),
    ("五成半", D(55), "%"),
    ("半成", D(5), "%"),
    ("七成六", D(76), "%"),
    ("九折", D(90), "%"),
    ("三八折", D(38), "%"),
    ("87.37%", D("87.37"), "%"),
    ("5‰", D("0.5"), "%"),
    ("3个百分点", D(3), "pp"),
    ("下降0.3个百分点", D("0.3"), "pp"),
    ("两倍", D(2), "x"),
    ("1.86倍", D("1.86"), "x"),
    ("翻一番", D(2), "x"),
    ("翻了一番", D(2), "x"),
    ("翻两番", D(4), "x"),
    ("翻倍", D(2), "x"),
    ("翻了一倍", D(2), "x"),
]

FRACTIONS = [
    ("三分之一", D(1) / D(3)),
    ("二分之一", D("0.5")),
    ("五分之壹", D("0.2")),
    ("三百五又三分之一", D(350) + D(1) / D(3)),
    ("1/2", D("0.5")),
    ("负一又二分之一", D("-1.5")),
    ("一半", D("0.5")),
]

# ---------------------------------------------------------------- money sub-units
MONEY = [
    ("123元1角1分", D("123.11"), "CNY"),
    ("两毛五", D("0.25"), "CNY"),
    ("壹佰捌拾壹圆柒角", D("181.7"), "CNY"),
    ("一块二", D("1.2"), "CNY"),
    ("三块零四", D("3.04"), "CNY"),
    ("两美元又三美分", D("2.03"), "USD"),
    ("1200亿美元", D("120000000000"), "USD"),
    ("8亿元人民币", D("800000000"), "CNY"),
    ("$20", D(20), "USD"),
    ("￥300", D(300), "CNY"),
    ("3000元/吨", D(3000), "CNY/t"),
    ("15万元/亩", D(225), "CNY/m2"),
    ("98.11元/股", D("98.11"), "CNY/股"),
    ("1100万美元/艘", D(11000000), "USD/艘"),
]

# ---------------------------------------------------------------- approximation inside the number
APPROX = [
    # text, value, low, high, qualifier
    ("700多亿", D("7e10"), D("7e10"), D("8e10"), "more_than"),
    ("七百多亿", D("7e10"), D("7e10"), D("8e10"), "more_than"),
    ("1万余", D(10000), D(10000), D(20000), "more_than"),
    ("十余万", D(100000), D(100000), D(200000), "more_than"),
    ("3000余", D(3000), D(3000), D(4000), "more_than"),
    ("120多", D(120), D(120), D(130), "more_than"),
    ("十几亿", D("1e9"), D("1.1e9"), D("2e9"), "more_than"),
    ("二十几万", D(200000), D(210000), D(300000), "more_than"),
    ("数万", D(10000), D(20000), D(100000), "several"),
    ("几十", D(10), D(20), D(100), "several"),
    ("数十万", D(100000), D(200000), D(1000000), "several"),
    ("十来", D(10), D(10), D(20), "about"),
    ("两三", D(2), D(2), D(3), "range"),
    ("三四十", D(30), D(30), D(40), "range"),
]

# ---------------------------------------------------------------- words around the number
QUALIFIERS = [
    ("约700亿元", "about"),
    # the currency named between the word and the number
    ("超过人民币100亿元", "more_than"),
    ("不超过人民币100亿元", "at_most"),
    ("营业额约人民币2.34亿元", "about"),
    ("大约5吨", "about"),
    ("100人左右", "about"),
    ("3万元上下", "about"),
    ("近60亿千瓦时", "nearly"),
    ("接近30%", "nearly"),
    ("将近一半", "nearly"),
    ("超30%", "more_than"),
    ("超过1000家", "more_than"),
    ("逾百亿元", "more_than"),
    ("突破700亿元", "more_than"),
    ("10万元以上", "more_than"),
    ("不止5次", "more_than"),
    ("至少5个", "at_least"),
    ("不少于3家", "at_least"),
    ("不低于90%", "at_least"),
    ("不到1万人", "less_than"),
    ("不足三成", "less_than"),
    ("5吨以下", "less_than"),
    ("低于2%", "less_than"),
    ("最多3次", "at_most"),
    ("不超过50吨", "at_most"),
    ("1,220.3亿元", "exact"),
]

# ---------------------------------------------------------------- ranges
RANGES = [
    # text, (low text, low value), (high text, high value), unit
    ("2~3%", ("2", D(2)), ("3%", D(3)), "%"),
    ("5-10年", ("5", D(5)), ("10年", D(10)), "year"),
    ("10%~30%", ("10%", D(10)), ("30%", D(30)), "%"),
    ("两到三万", ("两", D(20000)), ("三万", D(30000)), None),
    ("3至5亿元", ("3", D(300000000)), ("5亿元", D(500000000)), "CNY"),
    ("331亿元—391亿", ("331亿元", D(33100000000)), ("391亿", D(39100000000)), "CNY"),  # (the high end's 元 left out)
    ("-0.39亿元~100万之间", ("-0.39亿元", D(-39000000)), ("100万", D(1000000)), "CNY"),  # (and another magnitude, the span said)
    ("5.6到5.78元", ("5.6", D("5.6")), ("5.78元", D("5.78")), "CNY"),
]

# ---------------------------------------------------------------- units (longest wins)
UNITS = [
    ("60亿千瓦时", D(6000000000), "kWh", "measure"),
    ("5千瓦时", D(5), "kWh", "measure"),
    ("500万千瓦", D(5000000000), "W", "measure"),
    ("50MW", D(50000000), "W", "measure"),
    ("1.2GW", D(1200000000), "W", "measure"),
    ("150万吨", D(1500000), "t", "measure"),
    ("20万公斤", D(200), "t", "measure"),
    ("3亩", D(2000), "m2", "measure"),
    ("2公顷", D(20000), "m2", "measure"),
    ("3平方公里", D(3000000), "m2", "measure"),
    ("12千米", D(12000), "m", "measure"),
    ("3亿立方米", D(300000000), "m3", "measure"),
    ("5升", D("0.005"), "m3", "measure"),
    ("20摄氏度", D(20), "degC", "measure"),
    ("3个月", D(3), "month", "duration"),
    ("90天", D(90), "day", "duration"),
    ("近300年", D(300), "year", "duration"),
    ("134个", D(134), "个", "count"),
    ("1万余种", D(10000), "种", "count"),
    ("30人次", D(30), "人次", "count"),
    ("一打", D(12), "个", "count"),
    ("两个半月", D("2.5"), "month", "duration"),
    ("一吨半", D("1.5"), "t", "measure"),
    ("3斤5两", D("0.00175"), "t", "measure"),
]


@pytest.mark.parametrize("text,value", ARABIC + CHINESE + MIXED + NEGATIVE)
def test_plain_numbers(text, value):
    assert parse_number(text).value == value


@pytest.mark.parametrize("text,value,unit", RATIO)
def test_ratios(text, value, unit):
    p = parse_number(text)
    assert (p.value, p.unit, p.kind) == (value, unit, "ratio")


@pytest.mark.parametrize("text,value", FRACTIONS)
def test_fractions(text, value):
    assert abs(parse_number(text).value - value) < D("1e-20")


@pytest.mark.parametrize("text,value,unit", MONEY)
def test_money(text, value, unit):
    p = parse_number(text)
    assert (p.value, p.unit, p.kind) == (value, unit, "money")


@pytest.mark.parametrize("text,value,low,high,qual", APPROX)
def test_approximation_inside(text, value, low, high, qual):
    p = parse_number(text)
    assert (p.value, p.low, p.high, p.qualifier) == (value, low, high, qual)


@pytest.mark.parametrize("text,qual", QUALIFIERS)
def test_qualifier_words(text, qual):
    [m] = scan_numbers(text)
    assert m.qualifier == qual
    # the qualifier word stays outside the span
    for w in ("约", "大约", "近", "接近", "将近", "超过", "超", "逾", "突破", "至少", "不少于",
              "不低于", "不到", "不足", "低于", "最多", "不超过", "不止", "左右", "以上", "以下", "上下"):
        assert w not in m.text or w in ("上",)


@pytest.mark.parametrize("text,lo,hi,unit", RANGES)
def test_ranges(text, lo, hi, unit):
    a, b = scan_numbers(text)
    assert (a.text, a.value) == lo and (b.text, b.value) == hi
    assert a.unit == b.unit == unit
    assert a.group == b.group is not None
    assert (a.qualifier, b.qualifier) == ("at_least", "at_most")
    assert a.low == b.low == lo[1] and a.high == b.high == hi[1]
    p = parse_number(text)
    assert (p.low, p.high, p.qualifier) == (lo[1], hi[1], "range")


@pytest.mark.parametrize("text,value,unit,kind", UNITS)
def test_units(text, value, unit, kind):
    [m] = scan_numbers(text)
    assert (m.value, m.unit, m.kind) == (value, unit, kind)


def test_no_float_on_value_path():
    assert parse_number("16.4亿").value == Decimal("1640000000")
    assert str(parse_number("16.4亿").value) == "1640000000"
    assert parse_number("百分之一点五七").value == Decimal("1.57")
    assert parse_number("0.1元").value + parse_number("0.2元").value == Decimal("0.3")


NOT_NUMBERS = ["一切正常", "万一出错", "四川省", "登陆部队", "十分重要", "进一步", "C919", "5G基站", "www.a.com/3%20x"]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text):
    assert [m.text for m in scan_numbers(text) if m.kind != "rank"] == []


def test_dates_are_marked():
    kinds = [(m.text, m.kind) for m in scan_numbers("2026年3月27日，完成投资5亿元")]
    assert kinds == [("2026年", "date"), ("3月", "date"), ("27日", "date"), ("5亿元", "money")]


def test_rank():
    [m] = scan_numbers("跃升至第10位")
    assert (m.text, m.value, m.kind) == ("第10位", 10, "rank")
    # (第二多: the second most, a superlative; its 多 is no "more than")
    [m] = scan_numbers("为1961年以来同期第二多")[1:]
    assert (m.text, m.value, m.qualifier, m.low, m.high) == ("第二", 2, "exact", 2, 2)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place among the first N: 前 or TOP before the number, the phrase ending after it
        ("进入全球前十。", [("前十", 10, "rank")]),
        ("全国前10位。", [("前10位", 10, "rank")]),
        ("国内火锅品牌top4，", [("top4", 4, "rank")]),
        ("细分榜单TOP1。", [("TOP1", 1, "rank")]),
        # the next place of a list of places opened by 第
        ("分列面积榜第二、三位", [("第二", 2, "rank"), ("三位", 3, "rank")]),
        # no place: a period, a set of the largest, a group named by its size, a model name
        ("前三季度", []),
        ("前10大股东", [("10", 10, "number")]),
        ("TOP100房企", [("100", 100, "number")]),
        ("第一、二、三产业", [("第一", 1, "rank"), ("二", 2, "number"), ("三", 3, "number")]),
    ],
)
def test_top_n_and_listed_ranks(text, expected):
    got = [(m.text, m.value if m.kind != "date" else None, m.kind) for m in scan_numbers(text)]
    assert got == expected


def test_parse_number_errors():
    with pytest.raises(NumberParseError):
        parse_number("没有数字")
    with pytest.raises(ValueError):  # NumberParseError is a ValueError
        parse_number("3个和5个")
    with pytest.raises(NumberParseError):
        parse_number(None)  # type: ignore[arg-type]


# ---------------------------------------------------------------- properties
@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_chinese_integer_round_trip(n):
    assert parse_number(to_chinese(Decimal(n))).value == n


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_chinese_decimal_round_trip(d):
    d = d.normalize() if d != d.to_integral_value() else d.quantize(Decimal(1))
    assert parse_number(to_chinese(d)).value == d


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_arabic_round_trip(d):
    assert parse_number(f"{d:f}元").value == d


_ALPHABET = "0123456789一二三四五六七八九十百千万亿点多余几数约近超第年月日元亿吨%个，。 -~到至分之成折倍半两零" + "的是在了有和"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_spans_are_raw_slices(text):
    for m in scan_numbers(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_scan_never_raises_on_any_unicode(text):
    for m in scan_numbers(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text,value,unit,qual",
    [
        ("超过千件", D(1000), "件", "more_than"),
        ("近万人次", D(10000), "人次", "nearly"),
        ("突破万亿元", D(10**12), "CNY", "more_than"),
    ],
)
def test_a_bare_magnitude_after_a_bound_word_is_one_of_it(text, value, unit, qual):
    [m] = scan_numbers(text)
    assert (m.value, m.unit, m.qualifier) == (value, unit, qual)


@pytest.mark.parametrize("text", ["千家万户", "万一出错", "万众一心"])
def test_a_bare_magnitude_alone_is_no_number(text):
    assert not [m for m in scan_numbers(text) if m.text[0] in "千万"]


@pytest.mark.parametrize("text, expected", [
    ("从984亿元一路增至1795亿元", ["984亿元", "1795亿元"]),
    ("均价3元一直未变", ["3元"]),
    ("规模达984亿一路领先", ["984亿"]),
])
def test_a_not_number_word_after_a_number_is_no_part_of_it(text, expected):
    # (一亿一, 一块二 still read the colloquial last digit: see MONEY and PLAIN)
    assert [m.text for m in scan_numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("行业背负66000亿元负债", "66000亿元"),
    ("企业肩负3项任务", "3项"),
    ("增速为负3.5%", "负3.5%"),
])
def test_fu_after_a_verb_head_is_no_minus(text, expected):
    [m] = [m for m in scan_numbers(text)]
    assert m.text == expected and (m.value < 0) == expected.startswith("负")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("貳", [("貳", "2")]),  # a formal digit alone is a number...
        ("仟分之贰", [("仟分之贰", "0.2")]),
        ("陆家嘴集团", []),  # ...but not before a classifier it makes a name with
        ("两百点两", [("两百", "200")]),  # 点 is no index point after a Chinese numeral
        ("晚上20点开会", [("20", "20")]),  # nor after a clock hour
        ("收于3000点", [("3000点", "3000")]),
        ("大涨109.58点", [("109.58点", "109.58")]),
        ("恒指收报19,229点", [("19,229点", "19229")]),  # an index level grouped in thousands
        ("上证指数报4,049.29点", [("4,049.29点", "4049.29")]),
        ("恒生指數收報19,229點", [("19,229點", "19229")]),
    ],
)
def test_formal_digits_and_index_points(text, expected):
    assert [(m.text, str(m.value)) for m in scan_numbers(text)] == expected


@pytest.mark.parametrize(
    "text, value",
    [("不到四成房企增收不增利", "40"), ("近七成上市公司盈利", "70"), ("九成银行下调利率", "90"), ("逾四成机构看好", "40")],
)
def test_tenths_of_a_population_before_its_noun(text, value):
    [m] = scan_numbers(text)
    assert (m.unit, str(m.value)) == ("%", value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("近七成表示愿意为兴趣爱好买单", "70"),
        ("还有三成流向四线城市", "30"),
        ("一成在一线城市", "10"),
        ("超九成参与者表示", "90"),
        ("近五成由二线城市贡献", "50"),
    ],
)
def test_tenths_before_what_the_share_does(text, value):
    assert [str(m.value) for m in scan_numbers(text) if m.unit == "%"] == [value]


@pytest.mark.parametrize("text", ["这一成果来之不易", "统一成本核算", "一成不变", "八成新的二手车", "牛排七成熟", "合二为一成为一体"])
def test_cheng_beginning_a_word_is_no_tenth(text):
    assert [m for m in scan_numbers(text) if m.unit == "%"] == []


def test_a_full_width_comma_groups_ascii_digits_between_words():
    from factx.numerals import scan_numbers

    got = [(m.text, m.value) for m in scan_numbers("7月份共售出4，050辆，较上年增加52，016辆。")]
    assert ("4，050辆", Decimal("4050")) in got and ("52，016辆", Decimal("52016")) in got
    # (a list of prices after a symbol is no grouped number)
    assert "20，300美圆" not in [m.text for m in scan_numbers("在下面的价格中选一个，$20，300美圆")]


def test_more_than_so_many_months_or_hours_with_ge():
    from decimal import Decimal

    from factx import extract

    f = extract("工期两个多月。", doc="x")[0]
    assert (f.text, f.value, f.low, f.high, f.unit, f.qualifier) == ("两个多月", Decimal(2), Decimal(2), Decimal(3), "month", "more_than")
    f = extract("比现在快1个多小时。", doc="x")[0]
    assert (f.text, f.unit, f.qualifier) == ("1个多小时", "hour", "more_than")
    got = [(f.text, f.unit) for f in extract("从现在的11小时缩短为100分钟左右，只需7小时。", doc="x")]
    assert got == [("11小时", "hour"), ("100分钟", "hour"), ("7小时", "hour")]


def test_a_ge_before_he_takes_the_unit_the_last_item_spells_out():
    from factx import extract

    got = [(f.text, f.unit, f.role) for f in extract("较上年末分别上升2.4个和0.5个百分点。", doc="x")]
    assert got == [("2.4个", "pp", "delta"), ("0.5个百分点", "pp", "delta")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("死亡率为271.8/10万", Decimal("0.2718")),  # a rate per 100,000 people, in %
        ("发病率为235/10万", Decimal("0.235")),
        ("比例为3/1000", Decimal("0.3")),
    ],
)
def test_a_rate_per_a_round_population_is_a_share(text, value):
    from factx import extract

    (f,) = extract(text, doc="x")
    assert (f.text, f.unit) == (text.split("为")[1], "%")
    assert f.value == value


def test_a_rate_per_population_in_a_list_keeps_its_own_base():
    from factx import extract

    fs = extract("孕产妇死亡率、婴儿死亡率分别降至16.9/10万、5.4‰。", doc="x")
    assert [(f.text, f.value) for f in fs] == [("16.9/10万", Decimal("0.0169")), ("5.4‰", Decimal("0.54"))]


def test_a_year_before_mei_is_no_rate_per_item():
    from factx import scan_numbers

    # (公司2011年每股收益: the year, then what is earned per share; 1000辆/年 stays a rate)
    assert all(m.unit != "year/股" for m in scan_numbers("公司2011年每股收益为1.2元"))
    assert [m.unit for m in scan_numbers("产能1000辆/年") if m.unit] == ["辆/year"]


@pytest.mark.parametrize(
    "text, first",
    [("保持在0.97一带", "0.97"), ("价格在5000一线", "5000"), ("3.5一线城市", "3.5"), ("1万2千", "1万2千"), ("3点5", "3点5")],
)
def test_a_chinese_digit_does_not_continue_an_arabic_number(text, first):
    from factx import scan_numbers

    assert scan_numbers(text)[0].text == first


def test_a_full_width_comma_groups_thousands_before_decimals_and_after_a_list_mark():
    # (预测净利润分别为19，350.56万元、22，209.98万元: 19350.56万, not a list of 19 and 350.56万)
    from factx import extract

    fs = extract("预测净利润分别为19，350.56万元、22，209.98万元和25，479.75万元。")
    assert [f.value for f in fs] == [Decimal("193505600"), Decimal("222099800"), Decimal("254797500")]


def test_a_rate_unit_with_spaces_around_its_slash_is_one_unit():
    from factx import extract

    (f,) = extract("新增氧化铝产能1030 万吨 / 年。", doc="x")
    assert (f.text, f.unit) == ("1030 万吨 / 年", "t/year")
    # (a slash between two figures is no rate)
    assert [f.unit for f in extract("分别为10 万吨 / 20 万吨。", doc="x")] == ["t", "t"]


def test_a_split_named_a_construction_further_back_and_a_clock_time_is_no_ratio():
    from factx import extract

    text = "三次产业构成由2013年的22.7∶40.6∶36.7调整为2014年的20.4∶41.8∶37.8。"
    got = [(f.text, f.unit, f.role) for f in extract(text, doc="x")]
    assert [g[0] for g in got] == ["22.7", "40.6", "36.7", "20.4", "41.8", "37.8"]
    assert {g[1] for g in got} == {"%"} and [g[2] for g in got] == ["before"] * 3 + ["after"] * 3
    assert extract("比赛于2020年10:30开始。", doc="x") == []


def test_a_length_of_time_in_two_units_is_one_duration():
    from factx import scan_numbers

    ms = [m for m in scan_numbers("两地时间距离从3小时7分钟缩短至47分钟") if m.kind == "duration"]
    assert [(m.text, m.unit) for m in ms] == [("3小时7分钟", "hour"), ("47分钟", "hour")]
    assert ms[0].value == ms[0].low == ms[0].high and abs(ms[0].value - Decimal("3.1166")) < Decimal("0.001")


def test_a_bare_magnitude_after_a_bound_below_is_one_of_it():
    # (不足百个, 不到千人, 接近万人: as 近百家 and 超过千件 already were)
    from factx.numerals import scan_numbers
    got = {(m.text, m.value, m.qualifier) for m in scan_numbers("合作社不足百个，不到千人，接近万人参加。")}
    assert {("百个", 100, "less_than"), ("千人", 1000, "less_than"), ("万人", 10000, "nearly")} <= {(t, int(v), q) for t, v, q in got}


def test_a_decimal_pair_is_a_ratio_without_its_word_and_a_score_is_none():
    from factx import extract

    # (初中为12.8:1 after 小学生师比为16.2:1: a decimal before the colon is no clock and no score)
    got = [(f.text, f.value, f.unit) for f in extract("小学生师比为16.2:1，初中为12.8:1。", doc="x")]
    assert got == [("16.2:1", Decimal("16.2"), "x"), ("12.8:1", Decimal("12.8"), "x")]
    # (比赛, 比分: the 比 of a match is no ratio's word; 3:1 there is a score)
    assert extract("比赛以3:1结束。", doc="x") == [] and extract("比分定格在3:1。", doc="x") == []


@pytest.mark.parametrize("text, value", [("以505亿排到了十二名。", "12"), ("该市GDP排名全省3位。", "3"), ("居全国12位，", "12")])
def test_a_place_after_a_verb_of_ranking_without_di_is_a_rank(text, value):
    [m] = [m for m in scan_numbers(text) if m.kind == "rank"]
    assert (m.unit, str(m.value)) == ("rank", value)


def test_a_count_of_people_after_a_verb_is_no_rank():
    assert [m.unit for m in scan_numbers("录取了5名学生，降至5名员工。")] == ["名", "名"]


def test_the_longest_currency_word_before_a_number_is_its_currency():
    # (新台币, not the 台币 it ends with: the whole word is part of the figure)
    [m] = scan_numbers("营收为新台币3672.7亿。")
    assert (m.text, m.unit) == ("新台币3672.7亿", "TWD")


@pytest.mark.parametrize(
    "text, grouped",
    [
        ("平均通勤时间缩短8分钟至36分钟", False),  # the change, then the level reached
        ("审批时限延长2天至10天", False),
        ("利率下调25个基点至3.45%", False),
        ("上涨5元至36元", False),
        ("预计增长5%至8%", True),  # two close figures after a change verb: a range
        ("每天8分钟至36分钟", True),  # no change verb: a range
    ],
)
def test_a_change_then_the_level_it_reached_is_no_range(text, grouped):
    a, b = scan_numbers(text)
    assert (a.group is not None) == grouped and (b.group is not None) == grouped


@pytest.mark.parametrize(
    "text, qualifier",
    [("黄金现货价格突破每盎司2400美元", "more_than"), ("价格超过每吨500元", "more_than"), ("价格每吨500元", "exact")],
)
def test_a_qualifier_before_the_unit_a_price_is_per_qualifies_the_price(text, qualifier):
    [m] = scan_numbers(text)
    assert m.qualifier == qualifier


@pytest.mark.parametrize(
    "text, expected",
    [
        ("营收过亿元", [("亿元", "100000000", "more_than")]),  # a bare 亿 after a bound word is one of it
        ("带动消费上亿元", [("亿元", "100000000", "more_than")]),
        ("上百家企业", [("百家", "100", "more_than")]),  # 上 bounds a round figure
        ("销量破万", [("万", "10000", "more_than")]),
        ("上半年销量", [("半年", "0.5", "exact")]),  # not the first half
        ("赶上百家", [("百家", "100", "exact")]),  # nor the end of a verb
        ("亿万富翁", []),
    ],
)
def test_bounds_before_a_bare_magnitude(text, expected):
    assert [(m.text, str(m.value), m.qualifier) for m in scan_numbers(text)] == expected
