import pytest


def test_a_subsidiary_by_relation_is_no_antecedent():
    from factx.attribute import resolve_anaphora

    text = "东方财富证券上半年营收41.77亿元，旗下子公司表现亮眼。"
    assert resolve_anaphora("该公司", text, len(text)) == "该公司"


def test_the_end_of_a_period_is_no_antecedent():
    from factx.attribute import resolve_anaphora

    text = "具体而言，2019年度集团的收入主要来自出租。"
    assert resolve_anaphora("该集团", text, len(text)) == "该集团"


def test_an_indefinite_or_self_referring_company_is_no_antecedent():
    from factx.attribute import resolve_anaphora

    for text in ("对于盈利下滑，公司解释称，主要由于应占一间联营公司盈利大幅减少，", "年报显示，归属本公司股东盈利约为1.33亿港元，"):
        assert resolve_anaphora("公司", text, len(text)) == "公司"


def test_the_name_opening_a_sentence_carries_to_the_next_ones_of_its_paragraph():
    from factx import extract

    text = (
        "猪企4月成绩单出炉\n相关上市公司纷纷发布销售简报。\n"
        "温氏股份公告，公司4月销售肉猪86.4万头；收入37.8亿元，同比增长22%。均价33.2元/公斤。\n"
    )
    subjects = {f.text: f.subject for f in extract(text, doc="x")}
    assert subjects == {"86.4万头": "温氏股份", "37.8亿元": "温氏股份", "22%": "温氏股份", "33.2元/公斤": "温氏股份"}


def test_an_industry_owns_its_measure_across_a_change_word():
    from factx import extract

    text = "10月份，有色金属冶炼业同比新增利润42.5亿元；纺织业同比新增利润3.1亿元。"
    assert [(f.subject, f.metric) for f in extract(text, doc="x")] == [("有色金属冶炼业", "利润"), ("纺织业", "利润")]



def test_names_ending_the_clause_before_pair_with_the_figures_of_a_respectively_clause():
    from factx import extract

    cases = {
        "销量最大的两款车型为星越和博越，分别售出1.2万辆和0.9万辆。": ["星越", "博越"],
        "出现亏损的仅有甲乙科技和丙丁股份两家公司，跌幅分别为3.1%和2.4%。": ["甲乙科技", "丙丁股份"],
        "其余三只指数基金华泰红利ETF、深证100ETF和中小板ETF，涨幅分别为23.7%、25.4%和19.6%。": ["华泰红利ETF", "深证100ETF", "中小板ETF"],
    }
    for text, names in cases.items():
        got = [f.subject for f in extract(text, doc="x") if f.unit in ("辆", "%")]
        assert got == names, text


def test_what_follows_names_listed_before_a_respectively_clause_is_measured():
    from factx import extract

    text = "业绩预增的个股中，甲乙科技、丙丁股份、戊己钨业研报数量居前，分别达到18篇、15篇、7篇。"
    assert [(f.subject, f.metric) for f in extract(text, doc="x")] == [
        ("甲乙科技", "研报数量"), ("丙丁股份", "研报数量"), ("戊己钨业", "研报数量")]


def test_counts_listed_share_the_noun_after_the_last():
    from factx import extract

    text = "甲、乙、丙三家公司跻身前十，分别有473只、600只、345只基金持有。"
    assert [f.metric for f in extract(text, doc="x") if f.unit == "只"] == ["基金", "基金", "基金"]


def test_a_name_before_yi_and_its_figure_is_whose_figure_it_is():
    from factx import extract

    text = "从销量来看，星越以32万辆位居第一，博越以28万辆排名第二。"
    got = [(f.subject, f.metric) for f in extract(text, doc="x") if f.unit == "辆"]
    assert got == [("星越", "销量"), ("博越", "销量")]
    # (成本可以下降7%: 可以 is no name and its 以)
    assert extract("升级后，电池成本可以下降7%。", doc="x")[0].subject != "成本可"


def test_a_paired_measure_gives_one_half_to_each_figure():
    from factx import extract

    text = "1-5月，新能源汽车产销分别为48.0万辆和46.4万辆，比上年同期均下降3%。"
    assert [f.metric for f in extract(text, doc="x")] == ["新能源汽车产量", "新能源汽车销量", "新能源汽车产销"]


def test_changes_listed_after_as_many_listed_levels_pair_in_order():
    from factx import extract

    text = "前三季度，该港完成货物吞吐量5.2亿吨、集装箱吞吐量367万标箱，同比增长3.0%、8.0%。"
    got = [(f.text, f.metric) for f in extract(text, doc="x") if f.unit == "%"]
    assert got == [("3.0%", "货物吞吐量"), ("8.0%", "集装箱吞吐量")]


def test_items_listed_before_a_comparison_word_and_again_in_a_later_respectively_clause():
    from factx import extract

    text = "公司表示，“星越”和“博越”上半年销量同比分别下滑16%和8%。"
    assert [f.subject for f in extract(text, doc="x")] == ["“星越”", "“博越”"]
    text = "工业结构继续优化，光伏产业和储能产业增加值同比分别增长12.3%和10.3%，增速分别比规模以上工业快5.8和3.8个百分点。"
    assert [f.subject for f in extract(text, doc="x")] == ["光伏产业", "储能产业", "光伏产业", "储能产业"]


def test_verbs_of_counting_in_or_reaching_are_no_names():
    from factx import extract

    for text in ("上半年只完成了49%，算上7月销量也仅达44%。", "即使加上7月销量，也仅达成全年目标的49%。"):
        assert {f.subject for f in extract(text, doc="x")} <= {None}, text


def test_a_whole_measure_is_not_cut_by_a_place_word_before_it():
    from factx import extract

    fs = extract("前三季度，全市地区生产总值达744.94亿元，同比增长6.3%。", doc="x")
    assert [(f.subject, f.metric) for f in fs] == [("全市", "地区生产总值")] * 2


def test_a_press_or_statistics_office_speaks_for_its_place():
    from factx import extract

    text = "湖南省政府新闻办公室发布的信息显示，2021年全省经济稳中向好。地区生产总值4.6万亿元，一般公共预算收入3200亿元。"
    assert {f.subject for f in extract(text, doc="x")} <= {"湖南省", "湖南"}


def test_names_listed_with_deng_and_a_count_are_one_set():
    from factx import extract

    got = [(f.text, f.subject, f.metric) for f in extract("其中，甲乙电力、丙丁汽车、戊己银行等6只个股最新市值超过2000亿元。", doc="x")]
    assert got == [("6只", None, "个股"), ("2000亿元", "甲乙电力、丙丁汽车、戊己银行等6只个股", "最新市值")]


def test_a_body_that_counts_or_judges_others_owns_no_figure():
    from factx import extract

    for text in ("北京证券交易所上市委员会审议通过，甲乙数码本次拟公开发行1100万股。", "据中指研究院统计，前11月丙丁地产拿地面积4097万平方米。"):
        assert [f.subject for f in extract(text, doc="x")] == [None], text


def test_recorded_and_once_are_no_part_of_a_measure():
    from factx import extract

    assert extract("公司上半年录得净利润3.2亿元。", doc="x")[0].metric == "净利润"
    assert "录得" not in extract("股价一度录得35.55元的高价。", doc="x")[0].metric


def test_a_figureless_clause_with_its_comparison_names_the_measure_of_the_next():
    from factx import extract

    got = [(f.text, f.subject, f.metric) for f in extract("本周甲米、乙米、丙粉价格与上周保持不变，为2.52元、3.22元、2.77元。", doc="x")]
    assert got == [("2.52元", "甲米", "价格"), ("3.22元", "乙米", "价格"), ("2.77元", "丙粉", "价格")]
    fs = extract("全市工业用电量与上年基本持平，为120亿千瓦时。", doc="x")
    assert [(f.subject, f.metric) for f in fs] == [("全市", "工业用电量")]


def test_items_listed_before_a_link_pair_with_as_many_figures():
    from factx import extract

    got = [(f.subject, f.metric) for f in extract("本周甲米、乙米、丙粉价格为2.52元、3.22元、2.77元。", doc="x")]
    assert got == [("甲米", "价格"), ("乙米", "价格"), ("丙粉", "价格")]
    got = [f.metric for f in extract("本周甲米、乙米、丙粉价格保持不变，分别为2.52元、3.22元、2.77元。", doc="x")]
    assert got == ["价格"] * 3


def test_a_firm_named_alone_takes_the_measure_of_the_figure_before():
    from factx import extract

    got = [(f.subject, f.metric) for f in extract("甲乙公司的股价涨至9倍，丙丁汽车涨至3.5倍。", doc="x")]
    assert got == [("甲乙公司", "股价"), ("丙丁汽车", "股价")]
    got = [(f.subject, f.metric) for f in extract("有5家研发强度低于10%，戊己眼科甚至仅1.48%。", doc="x")]
    assert got[-1] == ("戊己眼科", "研发强度")
    # a product alone is what is measured, not whose figure it is
    got = [(f.subject, f.metric) for f in extract("其零售价格：蛇果7.80元/市斤，西瓜3.58元/市斤。", doc="x")]
    assert got == [(None, "蛇果"), (None, "西瓜")]


def test_a_generation_is_a_people_group_that_owns_its_share():
    from factx import extract

    got = [(f.text, f.role, f.subject, f.metric) for f in extract("在这些人群中，00后占比约71%，比90后和85后高5到7个百分点。", doc="x")]
    assert got == [("71%", "value", "00后", "占比"), ("5", "delta", "00后", "占比"), ("7个百分点", "delta", "00后", "占比")]


def test_an_unbalanced_closing_bracket_ends_what_went_before():
    from factx import extract

    fs = extract("财联社8月13日讯（编辑 王某某）总市值近200亿元的甲乙股份盘后公告。", doc="x")
    assert fs[0].metric == "总市值"


def test_the_set_named_after_a_list_is_no_part_of_its_measure():
    from factx import extract

    got = [(f.subject, f.metric, f.role) for f in extract("其中，甲城、乙城两个铁路局集团公司增幅较大，分别达24.5％和22.2％。", doc="x")]
    assert got[1:] == [("甲城", "增幅", "delta"), ("乙城", "增幅", "delta")]


def test_periods_listed_before_fenbie_are_comparison_bases_not_owners():
    from factx import extract

    fs = extract("化纤行业规模以上企业产值增速呈逐月回落态势，1-5月较1-2月、1-3月、1-4月分别下降1.8、1.45和0.4个百分点。", doc="x")
    assert {f.subject for f in fs} == {"化纤行业规模以上企业"} and {f.metric for f in fs} == {"产值增速"}


def test_the_last_listed_item_ends_as_the_first_does():
    from factx.attribute import _default_lexicon, _list_items

    lex = _default_lexicon()
    assert _list_items("城镇常住居民和农村常住居民人均可支配收入", lex) == (["城镇常住居民", "农村常住居民"], "人均可支配收入")
    assert _list_items("工业机器人、新能源汽车、服务器产量", lex) == (["工业机器人", "新能源汽车", "服务器"], "产量")


def test_a_port_or_a_body_named_after_a_place_is_not_the_place():
    from factx import extract

    got = [(f.text, f.subject, f.metric) for f in extract("4月末，秦皇岛港5500大卡市场动力煤价格达到800—810元/吨。", doc="x")]
    assert got == [("800", "秦皇岛港", "5500大卡市场动力煤价格"), ("810元/吨", "秦皇岛港", "5500大卡市场动力煤价格")]
    assert extract("世界银行预计今年增长3%。", doc="x")[0].subject == "世界银行"


def test_regions_of_the_country_are_places_and_a_grid_named_after_a_province_is_a_body():
    from factx import extract

    got = [(f.text, f.subject) for f in extract("分区域看，华东涨幅最大，达四成多，前5月均价465元/吨。", doc="x")]
    assert got == [("四成", "华东"), ("465元/吨", "华东")]
    assert extract("云南电网发电量160亿千瓦时。", doc="x")[0].subject == "云南电网"


def test_a_plan_word_before_yi_is_no_part_of_the_name():
    from factx import extract

    assert extract("甲乙股份拟以6344.78万元的价格转让其持有的股权。", doc="x")[0].subject == "甲乙股份"


def test_another_source_named_with_ling_ju_is_no_name():
    from factx import extract

    fs = extract("甲乙股份此次签署合同金额约80亿元。另据公告，补充营运资金23.5亿元。", doc="x")
    assert fs[-1].subject != "另据"


def test_growth_rates_listed_after_as_many_levels_pair_with_them():
    from factx import extract

    t = "上半年,全省第一产业增加值1257亿元,第二产业增加值9857亿元,第三产业增加值12853亿元,增速分别为3.5%、7%、4.2%。"
    got = [(f.text, f.metric) for f in extract(t, doc="x") if f.role == "delta"]
    assert got == [("3.5%", "第一产业增加值"), ("7%", "第二产业增加值"), ("4.2%", "第三产业增加值")]


def test_qie_opening_a_clause_is_no_part_of_a_name():
    from factx import extract

    assert {f.subject for f in extract("且评级机构家数在20家以上的有190多只。", doc="x")} == {"评级机构"}


def test_rates_compared_in_brackets_are_changes_of_whom_they_name():
    from factx import extract

    t = "上半年，全市生产总值同比增长8.4%,比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点。"
    got = [(f.text, f.role, f.subject, f.metric) for f in extract(t, doc="x")]
    assert got[1:3] == [("7.7%", "delta", "全省", "生产总值"), ("7.0%", "delta", "全国", "生产总值")]
    assert [(f.role, f.direction) for f in extract(t, doc="x")[3:]] == [("delta", "up"), ("delta", "up")]


def test_a_share_of_people_who_think_keeps_the_verb_wei():
    from factx import extract

    [f] = extract("调查显示，87.8%的学生认为作业量明显减少。")
    assert f.metric.startswith("学生认为作业量")


def test_an_amount_restated_in_another_currency_keeps_the_measure_and_role_of_the_first():
    from factx import extract

    got = [(f.text, f.metric, f.role) for f in extract("会员服务营收为42.1亿元（约合5.917亿美元），同比下滑4%。", doc="x")]
    assert got == [("42.1亿元", "会员服务营收", "value"), ("5.917亿美元", "会员服务营收", "value"), ("4%", "会员服务营收", "delta")]


def test_a_loss_set_against_last_years_profit_is_down_and_the_profit_keeps_its_own_measure():
    from factx import extract

    got = [(f.text, f.role, f.direction, f.metric) for f in extract("公司净亏损为2.489亿元，而2024年同期净利润为2.294亿元。", doc="x")]
    assert got == [("2.489亿元", "after", "down", "净亏损"), ("2.294亿元", "before", None, "净利润")]
    t = "运营亏损1.218亿元(约合1710万美元),而2024年同期为运营利润2.389亿元。"
    got = [(f.text, f.role, f.direction, f.metric) for f in extract(t, doc="x")]
    assert got == [
        ("1.218亿元", "after", "down", "运营亏损"), ("1710万美元", "after", "down", "运营亏损"), ("2.389亿元", "before", None, "运营利润"),
    ]


def test_a_company_named_with_a_foreign_exchange_ticker_after_a_dateline_heads_the_clause():
    from factx.attribute import _clause_subject, _default_lexicon

    lex = _default_lexicon()
    assert _clause_subject("11 月 18 日下午消息,爱奇艺(Nasdaq:IQ)今日发布了第三季度财报", lex) == "爱奇艺"
    assert _clause_subject("阿里巴巴（纽交所：BABA）公布业绩", lex) == "阿里巴巴"
    assert _clause_subject("贵州茅台（股票代码：600519）发布公告", lex) == "贵州茅台"


def test_ru_introducing_named_examples_is_no_part_of_the_name_but_ru_meaning_if_stays():
    from factx import extract

    t = "多数上市证券公司净利润取得一定幅度增长,如长江证券增长36.07%、广发证券增长23%。"
    assert [(f.subject, f.metric) for f in extract(t, doc="x")] == [("长江证券", "净利润"), ("广发证券", "净利润")]
    assert extract("如家酒店收入增长5%。", doc="x")[0].metric == "如家酒店收入"


def test_a_report_showing_its_own_figure_is_no_part_of_the_measure():
    from factx import extract

    f = extract("太平洋证券业绩快报显示其净利润增长601.97%。", doc="x")[0]
    assert (f.subject, f.metric) == ("太平洋证券", "净利润")


def test_measures_listed_by_the_clause_before_pair_with_the_changes_in_order():
    from factx import extract

    got = [(f.text, f.subject, f.metric) for f in extract("西部证券营业收入和净利润双降,同比下降2.77%和12.53%。", doc="x")]
    assert got == [("2.77%", "西部证券", "营业收入"), ("12.53%", "西部证券", "净利润")]
    got = [(f.subject, f.metric) for f in extract("全省营业收入和利润总额分别增长5%和6%。", doc="x")]
    assert got == [("全省", "营业收入"), ("全省", "利润总额")]


def test_a_firms_own_report_cited_for_figures_makes_it_their_owner():
    from factx import extract
    from factx.attribute import _clause_subject, _default_lexicon

    got = {f.subject for f in extract("据翠微股份的中报显示,上半年公司总收入约29.68亿元,同比下降3.89%。", doc="x")}
    assert got == {"翠微股份"}
    lex = _default_lexicon()
    assert _clause_subject("友邦保险日前在港交所公告称", lex) == "友邦保险"
    assert _clause_subject("万科发布2019年年报显示", lex) == "万科"
    assert _clause_subject("另据公告显示", lex) is None


def test_a_trade_before_a_time_inside_the_phrase_owns_the_figure():
    from factx import extract

    f = extract("全国百货业上半年关店25家。", doc="x")[0]
    assert (f.subject, f.metric, f.period) == ("全国百货业", "关店", "上半年")


def test_he_inside_a_listed_industry_joins_its_halves_and_zengjiazhi_is_no_verb():
    from factx import extract
    from factx.attribute import _default_lexicon, _list_items

    lex = _default_lexicon()
    items, head = _list_items("仪器仪表制造业、化学原料和化学制品制造业、铁路船舶航空航天和其他运输设备制造业增加值", lex)
    assert items == ["仪器仪表制造业", "化学原料和化学制品制造业", "铁路船舶航空航天和其他运输设备制造业"] and head == "增加值"
    # (a 和 between whole items still lists them)
    assert _list_items("工业机器人、新能源汽车和服务器产量", lex)[0] == ["工业机器人", "新能源汽车", "服务器"]
    t = "仪器仪表制造业、化学原料和化学制品制造业、铁路船舶航空航天和其他运输设备制造业增加值实现正增长,增速分别为7.3%、5.1%和3.8%。"
    assert [f.subject for f in extract(t, doc="x")] == ["仪器仪表制造业", "化学原料和化学制品制造业", "铁路船舶航空航天和其他运输设备制造业"]


def test_parts_after_qizhong_take_the_measure_the_clause_before_names():
    from factx import extract

    t = "从行业看,甲制造业、化学原料和化学制品制造业增加值实现正增长,其中化学原料和化学制品制造业增长5.1%,甲制造业增长7.3%。"
    assert [(f.subject, f.metric) for f in extract(t, doc="x")] == [("化学原料和化学制品制造业", "增加值"), ("甲制造业", "增加值")]
    # a bare rate word after the list measures what the list names
    t = "从行业看,甲制造业、化学原料和化学制品制造业增加值实现正增长,增速分别为7.3%和5.1%。"
    assert [(f.subject, f.metric) for f in extract(t, doc="x")] == [("甲制造业", "增加值"), ("化学原料和化学制品制造业", "增加值")]


def test_how_a_figure_is_computed_is_no_owner():
    from factx.attribute import _default_lexicon, split_subject

    from factx import extract

    assert split_subject("不变价计算的电信业务总量", _default_lexicon()) == (None, "电信业务总量")
    assert extract("按照上年不变价计算的电信业务总量为13894亿元。", doc="x")[0].subject is None


def test_quarter_words_are_periods():
    from factx import extract

    f = extract("当季全省进出口430.3亿元,同比下降0.6%。", doc="x")[0]
    assert (f.subject, f.period) == ("全省", "当季")


def test_yici_pairs_a_list_with_its_figures_as_fenbie_does():
    from factx import extract

    t = "太原、大同两市地区生产总值依次增长5.1%和6.2%。"
    assert [f.subject for f in extract(t, doc="x")] == ["太原", "大同"]


def test_a_span_of_years_heading_a_clause_is_no_measure():
    from factx import extract

    t = "饮料类、烟酒类商品零售分别增长68.6%和46.3%，两年分别平均增长33.9%和9.5%。"
    assert [(f.subject, f.metric) for f in extract(t, doc="x")][2:] == [("饮料类", "商品零售"), ("烟酒类", "商品零售")]


def test_a_comparison_base_alone_is_no_measure():
    from factx import extract

    # (较上半年, 比1-2月, 分别比上半年、一季度: what the change is measured against)
    for t, metric in [
        ("全市规模以上工业实现利润44.6亿元，增长1.2%，较上半年回落1.7个百分点。", "利润"),
        ("全市出行类商品零售额同比下降3.3%，比1-2月回落4.1个百分点。", "出行类商品零售额"),
        ("主营业务收入增长7.9%，分别比上半年、一季度加快1.0和2.0个百分点。", "主营业务收入"),
        # (可比增长, 同口径增长: how the change is counted, no measure)
        ("全州一般公共预算收入完成8.3亿元，同口径增长24.1%。", "一般公共预算收入"),
        ("全年农业实现总产值108.1亿元，可比增长3.4%。", "总产值"),
    ]:
        assert {f.metric for f in extract(t, doc="x")} == {metric}, t


def test_listed_comparison_bases_are_no_period_and_no_owners():
    from factx import extract

    t = "全市规模以上工业增加值同比增长6.1%，分别较去年同期和全年回落4.5、4.2个百分点。"
    assert [(f.subject, f.period) for f in extract(t, doc="x")] == [("全市", None)] * 3


def test_a_rate_compared_in_the_clause_before_is_what_the_points_change():
    from factx import extract

    t = "1-8月，全市规模以上工业增加值同比增长6.1%，增速与上月持平，分别较去年同期和全年分别回落4.5、4.2个百分点。"
    assert [(f.metric, f.subject) for f in extract(t, doc="x")][1:] == [("增速", "全市")] * 2


def test_an_age_band_is_no_figure_and_stays_whole_in_the_measure():
    from factx import extract

    fs = extract("分年龄段看，13~15岁学生优良率上升5.1%，16~18岁下降1.8个百分点。", doc="x")
    assert [(f.text, f.metric) for f in fs] == [("5.1%", "13~15岁学生优良率"), ("1.8个百分点", "16~18岁")]


def test_items_listed_before_fenbie_and_a_measure_after_it():
    from factx import extract

    # (a long industry name is an item when a measure follows 分别; the changes after pair in order)
    t = "主要行业中，规上电气机械制造业、金属制品业和纺织行业分别实现增加值63.46亿元、17.77亿元和67.07亿元，增长36.9%、24.5%和12.3%。"
    want = [("增加值", "规上电气机械制造业"), ("增加值", "金属制品业"), ("增加值", "纺织行业")] * 2
    assert [(f.metric, f.subject) for f in extract(t, doc="x")] == want
    # (the list ends at 分别 when the clause after pairs with it: not 纺织行业分别实现)
    t = "金属制品业和纺织行业分别实现增加值17.77亿元和67.07亿元，增长24.5%、36.9%。"
    assert [f.subject for f in extract(t, doc="x")] == ["金属制品业", "纺织行业"] * 2


def test_gai_hang_is_a_bank_not_a_word_ending_in_hang():
    from factx import extract

    t = ("2019年，中国银行经营业绩稳中有进，该行紧紧围绕战略目标，战略执行进展良好。\n"
         "截至报告期末，该行资产总额为22.77万亿元，比上年末增长7.06%。")
    assert {f.subject for f in extract(t, doc="x")} == {"中国银行"}


def test_a_measure_heading_many_clauses_is_no_repeated_name():
    from factx import extract

    # (运营亏损 opens four clauses: a measure, not a short firm name)
    t = ("爱奇艺发布了第三季度财报：总营收为66.8亿元。\n"
         "运营亏损1.218亿元，而2024年同期为运营利润2.389亿元。运营亏损率为2%，而上年同期运营利润率为3%。\n"
         "不按美国通用会计准则，运营亏损2190万元，而2024年同期为运营利润3.686亿元。运营亏损率为0.3%。")
    assert {f.subject for f in extract(t, doc="x")} == {"爱奇艺"}


def test_an_agreed_span_of_time_is_no_part_of_a_name():
    from factx import extract

    t = "公司签订硅片采购合同，约定自2008年10月-2009年9月交大泰阳从莘得新能源每月采购单晶硅片30万片。"
    (f,) = extract(t, doc="x")
    assert f.subject != "定自" and f.metric.startswith("交大泰阳")


def test_a_list_of_periods_compared_against_is_no_measure():
    from factx import extract

    t = "1-8月，全市社会消费品零售总额增长5.2%，分别较1-2月、1-3月、1-5月、1-6月和1-7月回落3.4、0.6、0.9、0.9和0.1个百分点。"
    assert {f.metric for f in extract(t, doc="x")} == {"社会消费品零售总额"}


def test_listed_months_pair_in_order_with_the_figures_after_fenbie():
    from factx import extract

    t = "从规上工业分月情况来看，3月、4月、5月、6月规上工业增加值当月速度分别为2.7%、5.9%、3.8%、3.6%。"
    assert [f.period for f in extract(t, doc="x")] == ["3月", "4月", "5月", "6月"]


def test_guonei_opening_a_domestic_measure_is_part_of_its_name():
    from factx import extract

    fs = extract("全年，国内旅游人数55.39亿人次，比上年同期增长10.8%。", doc="x")
    assert [(f.metric, f.subject) for f in fs] == [("国内旅游人数", None)] * 2
    # (a scope before a product's price still says where: 国内 | 主要港口印粉)
    (f,) = extract("国内汽车累计产量达到2000万辆。", doc="x")
    assert f.subject == "国内"


def test_a_dated_announcement_names_the_firm_gongsi_stands_for():
    from factx import extract

    (f,) = extract("中国证券网讯(记者 高山)舜天船舶3月28日晚公告称，公司3月27日获海外买方10.33亿元订单。", doc="x")
    assert (f.subject, f.period) == ("舜天船舶", "3月27日")
    assert "27日" not in f.metric


def test_yidu_opens_no_name():
    from factx import extract

    fs = extract("比亚迪一路飙升，7月6日一度录得35.55元/股的高价。", doc="x")
    assert fs[0].subject != "一度"


def test_names_listed_before_a_measure_are_its_owners_together():
    from factx import extract

    (f,) = extract("强生公司、辉瑞制药、默克制药研发强度均在10%以上。", doc="x")
    assert (f.subject, f.metric) == ("强生公司、辉瑞制药、默克制药", "研发强度")
    # (with 分别, each name keeps its own figure)
    fs = extract("万科、保利地产和中海地产销售额分别为100亿元、80亿元和60亿元。", doc="x")
    assert [f.subject for f in fs] == ["万科", "保利地产", "中海地产"]


def test_a_two_character_brand_and_a_firm_word_is_a_short_firm_name():
    from factx import extract

    (f,) = extract("华海药业营收12亿元。", doc="x")
    assert (f.subject, f.metric) == ("华海药业", "营收")
    (f,) = extract("安集科技营收涨幅超过40%。", doc="x")
    assert (f.subject, f.metric) == ("安集科技", "营收")
    # (a count word or a scope before the word is no brand: 多轮科技加持下)
    fs = extract("在多轮科技加持下，当前各品牌旗舰产品的价格普遍已经到了3000-4000元之间。", doc="x")
    assert all(f.subject is None for f in fs)


def test_names_given_as_examples_of_a_counted_set_are_not_whose_it_is():
    from factx import extract

    fs = extract("苏州高新区今年签约项目20个。莱克公司、中核苏阀、新协力机器等13个内资项目，合计总投资37.7亿元。", doc="x")
    assert [f.subject for f in fs] == ["苏州高新区"] * 3
    # (places so listed are whose the figures are)
    fs = extract("福建、浙江、江西、安徽等4省死亡21人。", doc="x")
    assert fs[-1].subject.startswith("福建、浙江、江西、安徽")


def test_neng_is_part_of_a_name_unless_it_is_a_verb():
    from factx import extract

    (f,) = extract("莱克电气绿能科技（苏州）有限公司由莱克电气投资15亿元设立。", doc="x")
    assert f.subject == "莱克电气绿能科技（苏州）有限公司"
    # (几 is a count, no part of a name: 前几天国际能源机构)
    (f,) = extract("前几天国际能源机构发布报告，全球电动车存量达300万辆。", doc="x")
    assert f.subject != "前几天国际能源机构"


def test_a_clause_that_only_names_a_measure_gives_the_next_figure_its_measure():
    from factx import extract

    (f,) = extract("综合各品种的平均价格，环比下跌5.30%。", doc="x")
    assert (f.metric, f.role, f.direction) == ("平均价格", "delta", "down")


def test_a_figure_naming_no_measure_takes_the_last_one_named_before_it():
    from factx import extract

    (f,) = extract("今年以来，公司的营业收入表现亮眼，上半年达到12亿元。", doc="x")
    assert f.metric == "营业收入"
    (f,) = extract("全市的出口额再创新高，首次突破100亿元。", doc="x")
    assert (f.metric, f.subject) == ("出口额", "全市")


def test_a_verb_or_comparison_left_before_a_figure_is_no_measure():
    from factx import extract

    # (折合: the same amount in another currency, the measure named before)
    fs = extract("1-5月，新签合同额1.1万亿元人民币，折合1596.2亿美元，同比增长6.2%。", doc="x")
    assert [f.metric for f in fs] == ["新签合同额"] * 3
    fs = extract("全年新增人民币贷款2万亿元，同比多9192亿元。", doc="x")
    assert [f.metric for f in fs] == ["新增人民币贷款"] * 2


def test_a_provincial_department_is_a_name():
    from factx import extract

    (f,) = extract("今年,省教育厅在全省新建厕所250个。", doc="x")
    assert f.subject == "省教育厅"
    (f,) = extract("省民政厅从中央救灾物资储备库向灾区调运救灾帐篷6730顶。", doc="x")
    assert f.subject == "省民政厅"
    # (and offices, general administrations and ministries with a name before them)
    (f,) = extract("省扶贫办安排资金3亿元。", doc="x")
    assert f.subject == "省扶贫办"
    (f,) = extract("市场监管总局共查处案件1200件。", doc="x")
    assert f.subject == "市场监管总局"
    (f,) = extract("省慈善联合会募集善款2亿元。", doc="x")
    assert f.subject == "省慈善联合会"
    # (an exchange is no securities firm: 深圳证券交易所 is not 深圳证券)
    (f,) = extract("深圳证券交易所全年新增上市公司150家。", doc="x")
    assert f.subject != "深圳证券"


def test_guoyou_qiye_is_an_owner_type_as_minying_qiye_is():
    from factx import extract

    fs = extract("同期，外商投资企业进出口17613.2亿元，增长10.7%；国有企业进出口2945.3亿元，增长16.2%。", doc="x")
    assert [(f.subject, f.metric) for f in fs[2:]] == [("国有企业", "进出口")] * 2
    # (有 stays out of other names: 拥有 is a verb)
    (f,) = extract("全市拥有企业100家。", doc="x")
    assert f.subject == "全市"


def test_gai_gongsi_is_the_short_name_written_last_before_it():
    from factx import extract

    text = (
        "华创微电于2020年3月上市。华创微电的保荐机构为东方证券股份有限公司。华创微电于2020年3月披露，华创微电营收5亿元。"
        "华创微电披露的招股说明书显示，该公司拟募集资金7.1亿元。"
    )
    f = [x for x in extract(text, doc="x") if x.text == "7.1亿元"][0]
    assert f.subject == "华创微电"


def test_waimao_after_a_province_is_its_foreign_trade_not_outside_it():
    from factx import extract

    (f,) = extract("今年1—11月，陕西省外贸总额183.19亿美元。", doc="x")
    assert (f.subject, f.metric) == ("陕西省", "外贸总额")
    # (省外 still means outside the province, 市场 is still no 市)
    (f,) = extract("深圳市场规模达100亿元。", doc="x")
    assert f.subject == "深圳"


@pytest.mark.parametrize(
    ("text", "subject", "metric"),
    [
        ("全县商品房销售面积61.2万平方米。", "全县", "商品房销售面积"),
        ("深圳市房地产开发投资增长5.1%。", "深圳市", "房地产开发投资"),
        ("全市民营经济增加值850亿元。", "全市", "民营经济增加值"),
        ("全省销售收入100亿元。", "全省", "销售收入"),
    ],
)
def test_a_measure_opening_on_a_character_that_ends_no_place_still_follows_one(text, subject, metric):
    # 商, 房, 民 and 销 after 市/县/省 usually make another word (市商务局, 市房管局, 村民, 市销率);
    # 商品, 房地产, 民营, 民间 and 销售 open a measure after the place
    from factx import extract

    (f,) = extract(text, doc="x")
    assert (f.subject, f.metric) == (subject, metric)


def test_the_verb_ending_a_list_of_names_in_the_clause_before_is_no_part_of_the_last_name():
    from factx import extract

    fs = extract("银行、煤炭板块小幅下跌，跌幅分别为0.38%和0.25%。")
    assert [(f.subject, f.metric) for f in fs] == [("银行", "跌幅"), ("煤炭板块", "跌幅")]


def test_an_index_quoted_keeps_its_name_in_the_measure():
    from factx import extract

    (f,) = extract("创业板指报3859.75点。")
    assert (f.metric, f.subject) == ("创业板指", None)  # (the verb quoting it is no part of it)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("对重大项目给予最高2000万元的奖励。", "奖励"),
        ("银行提供500亿元的信贷支持。", "信贷支持"),
        ("公司获得1.2亿元的政府补助。", "政府补助"),
        ("公司与甲乙航运有限公司签订约10.6亿元的造船合同。", "造船合同"),
        # (a measure named before the amount stays the measure)
        ("公司签下总金额约60亿元的光伏玻璃销售订单。", "签下总金额"),
    ],
)
def test_an_amount_granted_or_signed_for_measures_what_follows_it(text, metric):
    from factx import extract

    (f,) = extract(text)
    assert f.metric == metric


def test_shares_held_are_the_holders_and_so_is_their_share_of_the_total():
    from factx import extract

    fs = extract("截至公告日，恒宇投资持有公司股份1.68亿股，占公司总股本的40.02%。")
    assert [(f.subject, f.metric) for f in fs] == [("恒宇投资", "持有公司股份"), ("恒宇投资", "占公司总股本")]


def test_a_part_named_its_owners_nth_largest_owns_the_figures_after_it():
    # (公司第一大业务, 集团第二大股东: the rank within the firm, as 我省第一大 within the province)
    from factx import extract

    fs = extract("汽车零部件仍是公司第一大业务，收入41.25亿元，同比增长26.7%。")
    assert [(f.text, f.subject) for f in fs] == [("第一", "汽车零部件"), ("41.25亿元", "汽车零部件"), ("26.7%", "汽车零部件")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("相比之下,原铝板块受原燃材料成本上升影响,税前利润同比减少20.33%至89.66亿元。", "原铝板块"),
        ("特斯拉由于小型车受到欢迎，销量比上年增加9成。", "特斯拉"),
        # (a measure before the reason is what changed, no one's name; 原因为 is no 因为)
        ("销量受疫情影响，下降20%。", None),
        ("主要原因为上半年员工规模增加3500人。", None),
        # (a change named before the reason is a clause, no name: 利润回升得益于…)
        ("某某水泥利润回升得益于煤价下跌。上半年公司水泥总销量1.27亿吨。", "公司"),
    ],
)
def test_a_short_name_before_the_reason_for_a_change_owns_the_figures(text, subject):
    from factx import extract

    assert {f.subject for f in extract(text)} == {subject}


def test_a_name_opening_on_zhong_is_no_group_picked_from():
    # (本科毕业生中管理学…: the group before 中 is cut; 中海地产 opens on 中 and keeps it)
    from factx import extract

    (f,) = extract("中海地产拿地金额最高，达到812.6亿元。")
    assert "中海地产" in f.metric
    (f,) = extract("本科毕业生中管理学就业率最高，为95%。")
    assert f.metric == "管理学就业率"


def test_the_measure_a_name_leads_by_may_follow_its_de():
    from factx import extract

    (f,) = extract("从企业排名看，保利发展以2602.3亿元的销售额位居榜首。")
    assert (f.subject, f.metric) == ("保利发展", "销售额")


def test_the_other_half_of_a_pair_measures_the_same_thing():
    from factx import extract

    fs = extract("5月新能源汽车产量11.2万辆，同比增长19.6%，销量增速仅1.8%。")
    assert [f.metric for f in fs] == ["新能源汽车产量", "新能源汽车产量", "新能源汽车销量"]
    # (a share of sales is no half of the pair: it keeps its words)
    fs = extract("6月新能源汽车产量159.8万辆，销量占比升至58.5%。")
    assert fs[-1].metric == "销量占比"


def test_a_span_of_years_summing_what_follows_is_a_period_not_a_name():
    from factx import extract

    fs = extract("与2010年相比，十年共增加1199776人，增长16.53%。")
    assert {f.subject for f in fs} == {None} and fs[0].period == "十年"


def test_every_place_is_no_one_the_article_is_about():
    from factx import extract

    fs = extract("各地农产品市场价格动态\n本周农产品价格小幅上涨。\n蔬菜平均零售价格为每500克3.45元。")
    assert fs[0].subject is None


def test_a_places_market_is_whose_price_it_is_not_an_origin():
    # (新疆香梨9.80元/市斤: a place of origin; 襄阳市场粳米: the place's market)
    from factx import extract

    fs = extract("荆州：鸡蛋价格上涨。荆州市场鸡蛋每500克4.86元。\n襄阳：粮油价格稳定。\n襄阳市场粳米每500克2.95元。")
    assert fs[-1].subject == "襄阳"


def test_an_office_publishing_data_owns_none_of_the_figures():
    from factx import extract

    text = (
        "10月全社会用电量同比增长6.2%\n国家能源局11月15日发布10月份全社会用电量等数据。"
        "10月份，全社会用电量7798亿千瓦时，同比增长6.2%。"
    )
    assert {f.subject for f in extract(text)} == {None}
    # (an office's own deeds stay its own: 省教育厅投入资金1亿元)
    (f,) = extract("省教育厅投入资金1亿元。")
    assert f.subject == "省教育厅"


def test_two_holidays_and_the_days_they_last_are_one_period():
    from factx import extract

    (f,) = extract("国庆中秋8天假期全省接待游客超5800万人次。")
    assert (f.period, f.subject, f.metric) == ("国庆中秋8天假期", "全省", "接待游客")


def test_a_bound_on_a_sale_of_shares_is_a_plans_size_not_a_holding_moved():
    from factx import extract

    (f,) = extract("通过集中竞价方式减持公司股份合计不超过1260万股。")
    assert (f.role, f.direction) == ("value", None)
    (f,) = extract("大股东减持公司股份500万股。")
    assert (f.role, f.direction) == ("delta", "down")


def test_the_end_of_a_change_in_a_share_is_the_same_parts_share():
    from factx import extract

    fs = extract("分地区看，境外收入22.18亿元，同比增长41.9%，境外收入占比由上年的32.5%提升至38.0%。", doc="x")
    start, end = [f for f in fs if f.text in ("32.5%", "38.0%")]
    assert (start.role, end.role) == ("before", "after")
    assert start.subject == end.subject == "境外收入"
    assert start.metric == end.metric == "占比"


def test_the_part_before_zhanbi_is_whose_share_it_is():
    from factx import extract

    (f,) = extract("截至2024年上半年，已投运锂离子电池储能占比97.0%。", doc="x")
    assert (f.subject, f.metric) == ("投运锂离子电池储能", "占比")
    (f,) = extract("上半年新车销量中新能源占比近50%。", doc="x")
    assert (f.subject, f.metric) == ("新能源", "占比")  # (the whole named first, then the part)
    # (销量占比 is a measure's share, and 在全国进出口总值中占比 names the whole: no part to split off)
    fs = extract("6月新能源汽车销量164.3万辆，销量占比升至58.5%。", doc="x")
    assert fs[-1].subject != "销量"
    (f,) = extract("江苏外贸进出口总值3.29万亿元，在全国进出口总值中占比13.3%。", doc="x")[-1:]
    assert f.subject != "全国进出口总值中"


def test_a_run_always_going_on_into_a_longer_word_is_no_repeated_name():
    from factx.pipeline import _repeated_names, load_engine

    text = (
        "传统燃油车市场萎缩。\n传统燃料汽车销量65.4万辆。\n传统燃油车份额下降。\n传统燃料汽车出口20万辆。\n"
    )
    assert "传统燃" not in _repeated_names(text, load_engine().lex)
    # (a short name the text writes before a function word is one: 欣旺达在…, 欣旺达的…)
    text = "欣旺达发布公告。\n欣旺达在宜昌投资80亿元。\n欣旺达的营收增长10%。\n"
    assert "欣旺达" in _repeated_names(text, load_engine().lex)


def test_a_count_counts_what_follows_the_verb_bringing_it_in():
    from factx import extract

    (f,) = extract("今年，全省中小学新建、改扩建厕所250个。", doc="x")
    assert f.metric == "厕所"
    (f,) = extract("民政部门共向灾区调拨帐篷13730顶。", doc="x")
    assert f.metric == "帐篷"
    # (新增 and 接待 make measures of their own; a modifier before a set is kept: 新建投产企业中有…)
    (f,) = extract("全年新增市场主体5000户。", doc="x")
    assert f.metric == "新增市场主体"
    (f,) = extract("春节期间接待游客300万人次。", doc="x")
    assert f.metric == "接待游客"
    (f,) = extract("当年新建投产企业中有63户。", doc="x")
    assert f.metric != "企业中有"


def test_a_name_right_after_a_figure_and_de_is_whose_it_is():
    from factx import extract

    fs = extract("沂南县先后引进投资1.5亿元的长江集团、投资1.38亿元的长润公司。", doc="x")
    assert [f.subject for f in fs] == ["长江集团", "长润公司"]
    (f, _) = extract("远远高出第二位的上海800亿元。", doc="x")
    assert f.subject == "上海"
    # (not a share of a whole, nor a stake: 29.99%的股份)
    (f,) = extract("中国奥园公告，拟收购京汉股份29.99%的股份。", doc="x")
    assert f.subject == "中国奥园"


def test_years_listed_or_spanned_pair_with_a_list_of_as_many_figures():
    # (2019和2020年 and 2018年至2020年 date each figure of a list of exactly as many; a span
    # with figures of another count dates them all)
    from factx import extract

    cases = {
        "2017年-2020年，甲公司销售费用占总营收比重为35.66%、37.52%、39.16%、39.9%，乙公司为42.82%、40.65%、42.18%、41.58%。":
            ["2017年", "2018年", "2019年", "2020年"] * 2,
        "2019和2020年，甲公司占总体出货量25％和35％。": ["2019年", "2020年"],
        "2018年至2020年，甲公司营收分别为24.23亿元、25.07亿元和3.54亿美元。": ["2018年", "2019年", "2020年"],
        "2018年至2020年，累计投资120亿元，增长5%。": ["2018年至2020年"] * 2,
    }
    for text, periods in cases.items():
        assert [f.period for f in extract(text)] == periods, text


def test_two_owners_dated_levels_are_no_change():
    # (two dated levels then a change are its two ends only for one owner)
    from factx import extract

    fs = extract("在中国市场，北京现代7月销量达52，016辆;东风悦达起亚7月销量为32，008辆，同比大幅增长31.2%。")
    assert [(f.role, f.subject) for f in fs[:2]] == [("value", "北京现代"), ("value", "东风悦达起亚")]
    fs = extract("年初均价为6800元/吨，7月末为7890元/吨，涨幅达16.03%。")
    assert [(f.role, f.direction) for f in fs[:2]] == [("before", None), ("after", "up")]


def test_a_clause_of_a_name_and_wei_gives_that_owner_the_measure_just_named():
    # (…支付比为85.2%，居民医保为70.0%: a second owner's level; not a product alone, 大豆为…, nor
    # a verb or adverb before 为, nor a count with its own noun)
    from factx import extract

    fs = extract("2020年，职工医保政策范围内住院费用基金支付比为85.2%，居民医保为70.0%。")
    assert (fs[1].subject, fs[1].metric) == ("居民医保", "支付比")
    fs = extract("2020年，珀莱雅销售费用占总营收比重为39.9%，上海家化为41.58%。")
    assert (fs[1].subject, fs[1].metric) == ("上海家化", "占总营收比重")
    assert extract("玉米价格为2800元/吨，大豆为5000元/吨。")[1].metric == "大豆"
    fs = extract("从标的看，海尔模具为100%股权，合肥塑胶为94%，重庆精密塑胶分别为76%和90%。")
    assert fs[-1].subject != "分别"


def test_the_set_a_list_forms_or_a_base_after_it_is_no_part_of_its_last_item():
    # (…服装三大行业投资; …耀才证券四大券商分别贡献; 棉纺、服装较一季度分别提高)
    from factx import extract

    fs = extract("其中棉纺、化纤、服装三大行业投资同比分别增长39.7%、66.4%和39.6%，棉纺、服装较一季度分别提高5.9和6.3个百分点。")
    assert [f.subject for f in fs] == ["棉纺", "化纤", "服装", "棉纺", "服装"]
    fs = extract("其中富途证券、辉立证券、老虎国际、耀才证券四大券商分别贡献2174亿港元、930亿港元、313亿港元、168亿港元的孖展融资。")
    assert fs[-1].subject == "耀才证券"


def test_a_list_ending_in_deng_a_kind_or_opening_on_a_description_pairs_its_items():
    # (…污水处理及再生利用等节能环保行业增加值分别增长: 及 inside the third of three items;
    # 与人工智能…直接相关的A、B行业增加值: a description, and the set word 行业, are no part of them)
    from factx import extract

    fs = extract("环保专用设备制造、新能源汽车整车制造、污水处理及再生利用等节能环保行业增加值分别增长17.7%、14.2%和13.0%。")
    assert [f.subject for f in fs] == ["环保专用设备制造", "新能源汽车整车制造", "污水处理及再生利用"]
    assert {f.metric for f in fs} == {"增加值"}
    fs = extract("一季度，与人工智能生产和应用直接相关的电子专用材料制造、集成电路制造行业增加值分别增长32.5%和49.4%。")
    assert [(f.subject, f.metric) for f in fs] == [("电子专用材料制造", "增加值"), ("集成电路制造", "增加值")]


def test_a_short_name_then_a_word_of_intent_or_aspect_owns_the_measure_after_it():
    # (世纪数码拟募集资金, 工业富联遭净卖出, 许家印则投资, 万科手握现金: an unknown name, then 拟/遭/则/手握)
    from factx import extract

    got = [(f.subject, f.metric) for t in ("世纪数码拟募集资金26,791.06万元。", "数据显示，工业富联遭净卖出19亿元。", "许家印则投资3亿。", "万科手握现金1661.9亿元。") for f in extract(t)]
    assert got == [("世纪数码", "募集资金"), ("工业富联", "净卖出"), ("许家印", "投资"), ("万科", "现金")]
    # (a time or a demonstrative is no name: 目前拟投资, 此笔拟…)
    assert extract("目前拟投资5亿元。")[0].subject is None


def test_measures_listed_with_abbreviations_and_an_owner_before_fen_bie_wei():
    # (日均房价(ADR)、入住率(OCC)…分别为: measure words of any kind when 分别 is followed by 为 only;
    # 覆盖人数和全程接种人数分别占…: shares of each, no measures)
    from factx import extract

    fs = extract("华住中国的日均房价(ADR)、入住率(OCC)和平均可出租客房收入(RevPAR)分别为290元、80.1%和232元。")
    assert [f.metric for f in fs] == ["日均房价", "入住率", "平均可出租客房收入"]
    fs = extract("覆盖人数和全程接种人数分别占全国总人口数的92.08%和89.68%。")
    assert [(f.metric, f.subject) for f in fs] == [("占全国总人口数", "覆盖人数"), ("占全国总人口数", "全程接种人数")]
    # (a quote mark opening the figure names no measure)
    assert extract("——“5535家”背后，是博物馆事业的发展。")[0].metric == ""


def test_the_points_a_rate_of_change_moved_are_its_owners_and_of_its_claim():
    from factx import extract

    fs = extract("全市五个省级园区实现工业增加值19.73亿元,同比增长20.4%,增幅同比提高2.1个百分点。")
    assert [(f.text, f.subject) for f in fs[1:]] == [("19.73亿元", "省级园区"), ("20.4%", "省级园区"), ("2.1个百分点", "省级园区")]
    assert len({f.claim for f in fs[1:]}) == 1


def test_a_name_set_against_another_with_ze_owns_the_figures_after_it():
    from factx import extract

    fs = extract("丰田汽车上半年全球销量为332万辆，同比下滑10%;现代起亚汽车则逐渐逼近丰田，上半年销量为319万辆。")
    assert [(f.text, f.subject) for f in fs] == [("332万辆", "丰田汽车"), ("10%", "丰田汽车"), ("319万辆", "现代起亚汽车")]


def test_a_measure_named_as_a_rise_and_a_bare_gap_are_changes():
    from factx import extract

    (f,) = extract("单月环比提升最大的是中国金茂，达到46%。")
    assert (f.role, f.direction) == ("delta", "up")
    fs = extract("而安慰剂组则有155名，相对比率低22%。")
    assert (fs[-1].role, fs[-1].direction, fs[-1].metric) == ("delta", "down", "相对比率")
    assert extract("利润率高达22%。")[0].role == "value"


def test_the_time_a_measure_is_told_at_is_no_part_of_it():
    from factx import extract

    (f,) = extract("A股公司研发投入增速在2019年、2020年连续两年低于20%。")
    assert (f.metric, f.role, f.direction) == ("研发投入增速", "delta", "up")
    (f,) = extract("中国火锅市场top5在2020年时的占有率为7.6%。")
    assert f.metric == "占有率"
    # (nor is a Latin abbreviation in brackets after it: the shortest phrase naming it)
    assert extract("初步核算，全市地区生产总值(GDP)1027.8亿元。")[0].metric == "地区生产总值"


def test_quarters_in_latin_are_periods_and_the_later_one_ends_the_change():
    # (Q2 first, Q1 second, then the change: Q2 is the end of it, whichever is written first)
    from factx import extract

    fs = extract("小财注：公司Q2净利润131.27亿元，Q1净利润102.16亿元，据此计算，Q2净利润环比增长28%。")
    assert [(f.metric, f.period, f.role, f.direction) for f in fs] == [
        ("净利润", "Q2", "after", "up"), ("净利润", "Q1", "before", None), ("净利润", "Q2", "delta", "up")]
    assert len({f.claim for f in fs}) == 1
    fs = extract("年初均价为6800元/吨，7月末为7890元/吨，涨幅达16.03%。")
    assert [f.role for f in fs] == ["before", "after", "delta"]
    # (单季 before a measure is the period it covers; 单季稻 is a kind of rice)
    assert [(f.metric, f.period) for f in extract("公司单季营收12亿元。")] == [("营收", "单季")]
    assert extract("单季稻亩均收益2500元。")[0].metric == "单季稻亩均收益"


def test_quarters_listed_in_full_pair_with_their_figures():
    from factx import extract

    fs = extract("其中第一季度、第二季度、第三季度进出口规模分别为7.01万亿、7.66万亿和8.24万亿元。")
    assert [f.period for f in fs] == ["第一季度", "第二季度", "第三季度"]


def test_names_listed_by_commas_keep_a_he_inside_an_item_and_lose_opening_and_rank_words():
    # (个人文化和娱乐服务、知识产权使用费、…，分别增长; 其中…居前三位，分别增长)
    from factx import extract

    fs = extract("出口增长较快的领域是个人文化和娱乐服务、知识产权使用费、电信计算机和信息服务，分别增长28.3%、23.9%、20.8%。")
    assert [f.subject for f in fs] == ["个人文化和娱乐服务", "知识产权使用费", "电信计算机和信息服务"]
    fs = extract(
        "从十大重点行业看,其中黑色金属冶炼和压延加工业、化学原料和化学制品制造业、电气机械和器材制造业居前三位,"
        "分别增长15.4%、10.1%、6.5%;医药制造业、非金属矿物制品业、农副食品加工业居后三位,分别下降9.6%、9.7%、17.7%。"
    )
    # (居前三位 is a place they hold, a rank of its own; 居后三位 is not counted)
    assert (fs[0].text, fs[0].kind) == ("前三位", "rank")
    assert [f.subject for f in fs[1:]] == [
        "黑色金属冶炼和压延加工业", "化学原料和化学制品制造业", "电气机械和器材制造业", "医药制造业", "非金属矿物制品业", "农副食品加工业",
    ]
    assert not any("、" in f.metric for f in fs[1:])


def test_three_figures_after_the_three_sectors_named_together_are_theirs_in_order():
    # (三次产业…分别为…, 一、二、三产业…分别…, or a ratio 8.3:41.6:50.1)
    from factx import extract

    fs = extract("三次产业占GDP的比重为8.3:41.6:50.1,对经济增长的贡献率分别为6%、41.4%、52.6%。")
    assert [f.subject for f in fs] == ["第一产业", "第二产业", "第三产业"] * 2
    fs = extract("一、二、三产业增加值分别增长3.1%、5.2%和7.3%。")
    assert [f.subject for f in fs] == ["第一产业", "第二产业", "第三产业"]
    fs = extract("三次产业增加值增长较快，其中工业增长3.1%。")
    assert fs[0].subject != "第一产业"


def test_a_stake_measures_the_equity_and_belongs_to_its_holder_or_the_firm_it_is_in():
    # (N%股权 / N%的股份: the measure is the equity; the holder before 持有/收购 owns it, a relative
    # clause or a bare list names the firm the stake is in)
    from factx import extract

    cases = [
        ("金利峰直接持有世纪数码88.24%的股份，为公司控股股东。", "股份", "金利峰"),
        ("宏润建设持有上海泰阳绿色能源76.07%的股权，为其第一大股东。", "股权", "宏润建设"),
        ("3月份世茂服务还收购福晟物业51%股权。", "股权", "世茂服务"),
        ("公司拟收购控股股东持有的泰山玻纤100%的股权。", "股权", "泰山玻纤"),
    ]
    for text, metric, subject in cases:
        f = extract(text)[0]
        assert (f.metric, f.subject) == (metric, subject), text
    fs = extract("此次受让标的包括，海尔模具100%股权、大连精密制品90%股权、美尔塑料粉末76%股权。")
    assert [(f.metric, f.subject) for f in fs] == [("股权", "海尔模具"), ("股权", "大连精密制品"), ("股权", "美尔塑料粉末")]
    assert extract("公司持有该股份有限公司30%的权益。")[0].metric != "股份"


def test_a_segment_that_achieved_a_measure_owns_it_and_the_measure_follows_shixian():
    # (X实现/完成 + a measure: X is a segment, product or trade, the words after the verb the
    # measure; it is no topic for the sentences after it; link words alone before 实现 are no one)
    from factx import extract

    fs = extract("全省限额以上单位消费品零售额增长10%。石油制品类商品实现零售额325.31亿元，增长17.0%。")
    assert [(f.metric, f.subject) for f in fs[1:]] == [("零售额", "石油制品类商品")] * 2
    fs = extract("永新光学股份有限公司营业收入5.7亿元。其中显微镜产品实现收入2.49亿元。主营业务毛利率为41.72%。")
    assert (fs[1].metric, fs[1].subject) == ("收入", "显微镜产品")
    assert fs[2].subject == "永新光学股份有限公司"
    # ...and a share right after it is that segment's share (收入 is a measure, not whose share)
    fs = extract("永新光学股份有限公司营业收入5.7亿元。其中显微镜产品实现收入2.49亿元，占公司营业收入43.23%。")
    assert (fs[2].metric, fs[2].subject) == ("占公司营业收入", "显微镜产品")
    fs = extract("上半年A股公司累计实现净利润2.76万亿元，同比增长43.65%。")
    assert [(f.metric, f.subject) for f in fs] == [("净利润", "A股公司")] * 2
    # (a time between the segment and the verb is no part of its name)
    fs = extract("公司ToC业务上半年实现营业收入10.84亿，同比增长129.69%。")
    assert [(f.metric, f.subject) for f in fs] == [("营业收入", "ToC业务")] * 2
    # (a class word before the item, 主要产品/主营业务, is no part of its name)
    fs = extract("报告期内公司主营产品精制棉实现销量3.1万吨，同比下降2.4%。")
    assert [(f.metric, f.subject) for f in fs] == [("销量", "精制棉")] * 2


def test_a_period_in_brackets_dates_only_what_is_inside_them():
    # (（2017年为11,765元/平方米）: the other year's level of the measure before it; the figure
    # before the bracket and those after it keep their own period)
    from factx import extract

    fs = extract("2018年，万科实现结算收入2,846.2亿元；房地产业务的结算均价为12,988元/平方米（2017年为11,765元/平方米）。")
    assert [(f.text, f.metric, f.period) for f in fs[1:]] == [
        ("12,988元/平方米", "结算均价", "2018年"), ("11,765元/平方米", "结算均价", "2017年"),
    ]
    fs = extract("公司营收863亿元（上年同期为712亿元），净利润50亿元。")
    assert fs[2].period is None


def test_a_targets_period_dates_neither_the_figures_before_it_nor_the_sentences_after():
    # (突破全年4500万人次的目标: 全年 is the target's year; what was done keeps 1—11月, and so does
    # the sentence after the semicolon; 提前一个月 is ahead of time, no period)
    from factx import extract

    fs = extract(
        "1—11月，集团累计保障航班起降35.7万架次；累计完成旅客吞吐量4796.3万人次，提前一个月突破全年4500万人次的目标；"
        "累计完成货邮吞吐量59.4万吨，增长6.2%。"
    )
    assert [(f.text, f.period) for f in fs] == [
        ("35.7万架次", "1—11月"), ("4796.3万人次", "1—11月"), ("4500万人次", "全年"), ("59.4万吨", "1—11月"), ("6.2%", "1—11月"),
    ]


@pytest.mark.parametrize("text,metric", [
    ("上半年人民币贷款新增10.72万亿元。", "人民币贷款"),
    ("前10个月移动电话用户净增4694万户。", "移动电话用户"),
    ("其中新能源新增1042万千瓦。", "新能源"),
])
def test_xinzeng_and_jingzeng_after_a_measure_are_its_verb(text, metric):
    # (新增 and 净增 are whole verbs of addition: 新 and 净 are no part of the measure before them)
    from factx import extract

    f = extract(text)[-1]
    assert (f.metric, f.role, f.direction) == (metric, "delta", "up")
    # (after 其中, the part is whose addition it is, of the whole's measure)
    f = extract("新增装机1186万千瓦，其中新能源新增1042万千瓦。")[-1]
    assert (f.metric, f.subject) == ("新增装机", "新能源")


def test_the_level_reached_past_a_bound_is_the_same_owners():
    # (占比首次突破50%，达到50.7%: 新能源装机 owns both; the share split off its owner before)
    from factx import extract

    fs = extract("截至9月底，新能源装机占比首次突破50%，达到50.7%。")
    assert [(f.text, f.qualifier, f.metric, f.subject) for f in fs] == [
        ("50%", "more_than", "占比", "新能源装机"), ("50.7%", "exact", "占比", "新能源装机"),
    ]


def test_parts_after_qizhong_break_down_the_whole_and_are_no_topic():
    from factx import extract

    # (a part 其中 lists owns its own figure of the whole's measure, and is not whom the next
    # sentence is about: 利润总额 is 全市's)
    fs = extract("全市规模以上工业增加值增长14.5%，其中，装备制造增长38.7%。利润总额增长10.2%。")
    assert [(f.metric, f.subject) for f in fs] == [("规模以上工业增加值", "全市"), ("增加值", "装备制造"), ("利润总额", "全市")]
    # (a sentence opening on 其中 breaks down the measure of the one right before it)
    fs = extract("全年粮食总产量151.47万吨，同比下降7.94%。其中，玉米102.70万吨，同比下降12.88%；水稻4.71万吨，同比下降21.57%。")
    assert [(f.text, f.metric, f.subject) for f in fs if f.role == "delta"][1:] == [("12.88%", "产量", "玉米"), ("21.57%", "产量", "水稻")]
    # (a rate's parts each stand at their own level of it, in the sentence or the next)
    for text in ("毕业去向落实率为92.4%，其中本科生为89.7%，硕士研究生为96.5%。",
                 "毕业去向落实率为92.4%，较上届提高0.8个百分点。其中，本科生为89.7%，硕士研究生为96.5%。"):
        assert [(f.metric, f.subject) for f in extract(text) if f.text in ("89.7%", "96.5%")] == [
            ("毕业去向落实率", "本科生"), ("毕业去向落实率", "硕士研究生"),
        ]
    # (其中 needs no comma to open the breakdown: 其中本科生为89.7%)
    assert [(f.metric, f.subject) for f in extract("毕业去向落实率为92.4%。其中本科生为89.7%，博士研究生为98.0%。")][1:] == [
        ("毕业去向落实率", "本科生"), ("毕业去向落实率", "博士研究生"),
    ]
    # (but a ratio x:1 has no parts in percent: 12% is a share of the students)
    assert extract("男女比例为1.15:1，其中“00后”新生约占12%。")[-1].metric != "男女比例"


@pytest.mark.parametrize("text,subject", [
    ("东盟继续保持我省第一大贸易伙伴地位。", "东盟"),
    ("美国仍是我国第二大贸易伙伴。", "美国"),
    ("紫金矿业为其第一大股东。", "紫金矿业"),
])
def test_the_holder_of_an_nth_largest_place_is_the_name_before_its_link(text, subject):
    # (继续保持我省 links the name to its place among the province's partners: no part of the name)
    from factx import extract

    assert extract(text)[0].subject == subject


@pytest.mark.parametrize("text,metric,subject", [
    ("发行市盈率为42.36倍。", "发行市盈率", None),  # (市盈率 is no city 发行市 and its 盈率)
    ("该股动态市净率为1.2倍。", "该股动态市净率", None),
    ("发行价格为每股28.50元。", "发行价格", None),  # (每股 between a price and its figure is no part of it)
    ("基本每股收益0.38元。", "基本每股收益", None),
])
def test_price_ratios_and_prices_per_share_name_their_measure(text, metric, subject):
    from factx import extract

    f = extract(text)[0]
    assert (f.metric, f.subject) == (metric, subject)


def test_a_price_compared_with_another_price_keeps_its_own_measure():
    # (较发行价上涨96.49%, 较起拍价溢价35%: the other price is the base of the change, not its measure)
    from factx import extract

    for text, metric in (("该股开盘价为56.00元，较发行价上涨96.49%。", "该股开盘价"), ("该地块成交价为12.5亿元，较起拍价溢价35%。", "该地块成交价")):
        f = extract(text)[1]
        assert (f.role, f.direction, f.metric) == ("delta", "up", metric)


@pytest.mark.parametrize("text,expected", [
    # (R&D is one word: & joins Latin letters in a measure's name)
    ("全省R&D经费投入强度为2.47%。", [("R&D经费投入强度", "全省", None)]),
    # (较二○二四年同月上升: 同月 is the comparison's base, as 同期 is, no measure)
    ("十月的零售業總銷貨價值為325億元，較二○二四年同月上升3.2%。", [("零售業總銷貨價值", None, "十月")] * 2),
    # (an event's days are a period: “双11”期间, 国庆期间)
    ("“双11”期间全市网络零售额同比增长18.4%。", [("网络零售额", "全市", "“双11”期间")]),
    # (a listing's first trading day is a time: 上市首日 is no part of the measure)
    ("上市首日，该股开盘价为56.00元。", [("该股开盘价", None, "上市首日")]),
    # (the office publishing a bulletin is no owner of its figures: 全市's)
    ("市生态环境局今天发布的公报显示，2025年全市环境空气质量优良天数为312天，优良天数比例为85.5%。",
     [("环境空气质量优良天数", "全市", "2025年"), ("优良天数比例", "全市", "2025年")]),
])
def test_measures_periods_and_owners_of_new_genres(text, expected):
    from factx import extract

    assert [(f.metric, f.subject, f.period) for f in extract(text)] == expected


def test_an_office_named_as_the_source_owns_none_of_the_figures():
    # (据市商务局监测: the office watches the city's figures; the next paragraph's are not its)
    from factx import extract

    fs = extract("据市商务局监测，今年“双11”期间，全市实现网络零售额326.8亿元。\n\n分品类看，家用电器类零售额48.7亿元。")
    assert [f.subject for f in fs][0] == "全市" and "市商务局" not in [f.subject for f in fs]


def test_an_office_observing_the_figures_is_no_subject_of_the_article_under_a_headline():
    # (under a headline the office opening the first sentence was taken for whom the article is
    # about, and the next paragraph's prices became the office's)
    from factx import extract

    text = (
        "本周蔬菜价格小幅回落\n本报讯 据市农业农村局监测，本周全市蔬菜平均批发价格为每公斤4.36元，比上周下降2.9%。\n"
        "猪肉方面，白条猪平均批发价格为每公斤24.80元，环比上涨1.6%。"
    )
    assert {f.subject for f in extract(text)} == {"全市"}
    # (a firm's own record is no one else's observation: the firm stays whom it is about)
    text = "甲乙公司陷入纠纷\n根据甲乙公司网站信息，公司主要从事硅片研制。\n2010年公司实现营业收入8.59亿元。"
    assert [f.subject for f in extract(text)] == ["甲乙公司"]


def test_the_clauses_dating_the_news_or_saying_how_it_was_learned_name_no_one():
    from factx import extract

    text = (
        "一季度公交客运量增长\n8日，记者从市交通运输局了解到，今年一季度全市公交客运量达到1.2亿人次，同比增长6.3%。\n"
        "地铁客运量3.6亿人次，增长9.1%。"
    )
    assert {f.subject for f in extract(text)} == {"全市"}
    # (nor does a clause publishing a study of a market: its publisher owns none of the figures)
    text = (
        "图书零售市场回暖\n日前，甲乙咨询发布了《2023年图书零售市场年度报告》。\n"
        "码洋规模为912亿元，同比上升4.72%。"
    )
    assert {f.subject for f in extract(text)} == {None}


def test_the_bases_period_dates_the_base_alone_and_not_the_change_after_it():
    # (上年同期为10.86亿元，同比增长18.44%: the growth, and the next sentence, are 第三季度's)
    from factx import extract

    fs = extract("第三季度，公司实现营业收入12.86亿元，上年同期为10.86亿元，同比增长18.44%；归母净利润1.56亿元。")
    assert [(f.text, f.role, f.period) for f in fs] == [
        ("12.86亿元", "after", "第三季度"), ("10.86亿元", "before", "上年同期"), ("18.44%", "delta", "第三季度"), ("1.56亿元", "value", "第三季度"),
    ]


def test_the_same_period_of_the_last_fiscal_year_is_the_before_level_and_dates_only_it():
    from factx import extract

    fs = extract("2020财年前三季度，公司净利润647万美元，上一财年同期为2.68亿美元。")
    assert [(f.role, f.metric) for f in fs] == [("after", "净利润"), ("before", "净利润")]
    assert fs[0].period == "2020财年前三季度" and fs[1].period == "上一财年"


def test_the_nth_largest_is_a_rank_of_the_noun_after_da_held_by_the_name_before():
    # (第一大股东, 第二大图书销售渠道: a ranking; 第一大类 is a category's name, no figure)
    from factx import extract

    assert [(f.text, f.kind, f.metric, f.subject) for f in extract("紫金矿业为其第一大股东。")] == [("第一", "rank", "股东", "紫金矿业")]
    (f,) = extract("短视频渠道成为第二大图书销售渠道。")
    assert (f.value, f.metric, f.subject) == (2, "图书销售渠道", "短视频渠道")
    assert [f.text for f in extract("第一大类产品收入增长5%。")] == ["5%"]
    # (what a rank ranks among names no measure for the share after it)
    fs = extract("我国继续保持第一大国地位，占全球的份额比去年同期提升0.1个百分点。")
    assert fs[1].subject == "我国"


def test_a_lead_in_phrase_run_into_the_clause_after_it_is_cut_at_the_whole_area_word():
    # (奶业振兴发展迈出新步伐全区奶牛存栏: a bulletin's bold lead-in lost its punctuation; 占全区
    # names the whole of a share and stays)
    from factx import extract

    fs = extract("奶业振兴发展迈出新步伐全区奶牛存栏168.7万头，比上年增长6.1%。")
    assert [(f.metric, f.subject) for f in fs] == [("奶牛存栏", "全区")] * 2
    assert extract("工业增加值占全区GDP的比重为12%。")[0].metric != "GDP的比重"


def test_a_cause_before_the_measure_is_no_part_of_the_metric():
    # (因…导致/使得 + a measure: the cause names why the figure moved, not what is measured;
    # the parts of one change by cause are parallel claims)
    from factx import extract

    fs = extract("该酒店集团全年客房收入增长8%，其中，因入住率提高导致客房收入增加3.2亿元，因房价下调导致客房收入减少1.1亿元。")
    assert [(f.text, f.metric) for f in fs[1:]] == [("3.2亿元", "客房收入"), ("1.1亿元", "客房收入")]
    assert fs[1].claim != fs[2].claim
    fs = extract("原材料价格的上涨使得公司营业成本同比增长12.5%。")
    assert fs[0].metric == "营业成本"


def test_a_rate_of_change_after_a_change_is_a_change_not_the_level_reached():
    # (…上涨5.1%，其中液化石油气涨幅最大，达三成以上: 涨幅 names a change; the figure is no level
    # the first change reached)
    from factx import extract

    fs = extract("八大类商品价格上涨4.2%，其中交通燃料涨幅最大，达两成以上。")
    assert (fs[1].role, fs[1].direction, fs[1].metric) == ("delta", "up", "交通燃料涨幅")


def test_a_change_right_after_a_segments_level_is_the_segments():
    # (全省…类商品实现零售额…，同比增长…: the clause of the change names no one; the level before
    # it named its owner after the whole-area head, and the change is that owner's, in one claim)
    from factx import extract

    fs = extract("一季度，全市汽车类商品实现零售额86.4亿元，同比增长12.7%。")
    assert [(f.subject, f.metric) for f in fs] == [("汽车类商品", "零售额")] * 2
    assert fs[0].claim == fs[1].claim


def test_a_firm_announcing_its_own_results_after_a_date_is_the_articles_subject():
    # (X11月28日发布了其…第三季度业绩公告: the firm whose figures the article gives, though a date
    # and a long name of the report stand between it and its verb)
    from factx import extract

    fs = extract("美团11月28日发布了其截至2025年9月30日止的第三季度业绩公告。\n第三季度，集团经营利润率为5.2%。")
    assert fs[0].subject == "美团"


def test_a_business_picked_out_by_a_superlative_owns_the_figures_after_it():
    # (增长最快的是…在内的创新业务，收入同比增长18%: the business the clause picks out; a product
    # picked out, 跌幅最小的是土豆, is not taken for the figures after it)
    from factx import extract

    fs = extract("网易第二季度净收入250亿元。增长最快的是包括有道在内的创新业务，收入同比增长18%至12亿元。")
    assert [f.subject for f in fs[1:]] == ["创新业务", "创新业务"]


def test_a_name_before_a_verb_of_saying_is_the_name_without_the_verb():
    # (华为宣布…: the verb is no part of the name; a Latin name, Facebook宣布…, is a name too; not a
    # verb of doing, 全省当天共接待…, whose time word belongs to no name)
    from factx.attribute import _clause_subject
    from factx.pipeline import default_engine

    lex = default_engine().lex
    assert _clause_subject("华为宣布明年将投入100亿元，", lex) == "华为"
    assert _clause_subject("Facebook宣布未来五年内转型为元宇宙公司，", lex) == "Facebook"
    assert _clause_subject("全省当天共接待游客", lex) != "全省当天"


def test_a_count_of_things_past_a_threshold_is_one_claim_with_the_threshold():
    # (总投资超10亿元的项目5个, 仅2家研发强度低于10%: the threshold says which things are counted)
    from factx import extract

    fs = extract("今年新开工总投资超5亿元的项目17个。")
    assert [f.text for f in fs] == ["5亿元", "17个"] and fs[0].claim == fs[1].claim
    fs = extract("上市券商中，仅3家资本充足率低于12%。")
    assert [f.text for f in fs] == ["3家", "12%"] and fs[0].claim == fs[1].claim


def test_a_mark_passed_and_the_level_reached_are_one_claim():
    # (突破7千亿元，达到7284.5亿元: the round mark, then the exact level of the same measure)
    from factx import extract

    fs = extract("全年快递业务量首次突破1000亿件，达到1083亿件。")
    assert [f.text for f in fs] == ["1000亿件", "1083亿件"] and fs[0].claim == fs[1].claim


def test_a_level_and_its_share_of_a_whole_are_one_claim():
    # (新签合同额1365.1亿美元，占新签合同总额的85.5%: the share is an attribute of that level; a
    # share after a percentage is not grouped by this rule)
    from factx import extract

    fs = extract("全市粮食产量177.3万吨，占全省总产量的6.5%。")
    assert [f.text for f in fs] == ["177.3万吨", "6.5%"] and fs[0].claim == fs[1].claim


def test_a_counted_set_and_its_total_are_one_claim():
    # (41家公募合计实现净利润258.53亿元: the total is an attribute of the counted set; not storeys,
    # 地下2层，合计建筑面积约9.5万平方米)
    from factx import extract

    fs = extract("首批签约的12家企业合计计划投资86.5亿元。")
    assert [f.text for f in fs] == ["12家", "86.5亿元"] and fs[0].claim == fs[1].claim
    fs = extract("该项目共建设地上5层、地下2层，合计建筑面积约6.2万平方米。")
    assert fs[-2].claim != fs[-1].claim


def test_a_change_and_the_mark_its_level_passed_are_one_claim():
    # (餐饮收入增长20.4%，首次突破5万亿元: the mark passed stays a value, in the change's claim)
    from factx import extract

    fs = extract("全年网上零售额同比增长11.2%，首次突破15万亿元。")
    assert [(f.text, f.role) for f in fs] == [("11.2%", "delta"), ("15万亿元", "value")] and fs[0].claim == fs[1].claim


def test_changes_listed_with_fenbie_belong_to_the_levels_in_order():
    # (营业收入…，净利润…，同比分别增长23.6%和15.1%: the k-th change is the k-th level's)
    from factx import extract

    fs = extract("公司实现营业收入52.4亿元，净利润6.1亿元，同比分别增长12.3%和8.7%。")
    by = {f.text: f.claim for f in fs}
    assert by["52.4亿元"] == by["12.3%"] and by["6.1亿元"] == by["8.7%"] and by["52.4亿元"] != by["6.1亿元"]


def test_points_after_a_comparison_are_the_gap():
    # (增速高于同期社会消费品零售总额6.9个百分点, 高于1-7月3.0个百分点: a figure in points is no
    # level; after a comparison it is the gap, whatever the compared thing is named)
    from factx import extract

    fs = extract("限额以上单位零售额增长9.1%，增速高于同期全省社会消费品零售总额2.4个百分点。")
    assert (fs[1].role, fs[1].direction) == ("delta", "up")
    fs = extract("各项贷款余额增长8.2%，低于1-6月1.1个百分点。")
    assert (fs[1].role, fs[1].direction) == ("delta", "down")


def test_the_metric_of_a_gap_stops_at_the_comparison():
    # (增速高于同期社会消费品零售总额6.9个百分点: 增速 is compared; the rest names what with)
    from factx import extract

    fs = extract("网上零售额增长15.3%，增速快于社会消费品零售总额7.8个百分点。")
    assert fs[1].metric == "增速"


def test_a_cultural_venue_or_a_team_after_the_scope_word_is_the_subject():
    # (全国公共图书馆总流通人次7.45亿: the libraries are whose figure it is, 全国 their scope;
    # 中国体育代表团 is one body, not 中国)
    from factx import extract

    fs = extract("全省博物馆全年接待观众3560万人次。")
    assert (fs[0].subject, fs[0].metric) == ("全省博物馆", "接待观众")
    fs = extract("中国体育代表团共获得金牌22枚。")
    assert fs[0].subject == "中国体育代表团"
    # (care homes and clinics too: 全省乡镇卫生院; not 学校, which follows verbs: 提升学校…)
    fs = extract("全省乡镇卫生院诊疗人次1.2亿。")
    assert fs[0].subject == "全省乡镇卫生院"


def test_a_clause_about_a_trend_names_no_measure_for_the_figure_after_it():
    # (…增长18.6%，持续今年以来两位数增长态势，两年平均增长8.0%: the trend clause is no measure;
    # the figure keeps the measure before it)
    from factx import extract

    fs = extract("全市社会消费品零售总额同比增长12.1%，延续年初以来两位数增长势头，两年平均增长6.2%。")
    assert fs[1].metric == "社会消费品零售总额"


def test_a_reason_opening_the_measure_phrase_leaves_its_last_noun():
    # (…主要由于平台上经纪人进行的存量房交易的总交易额增加: the reason is no part of the measure)
    from factx import extract

    fs = extract("营业收入同比增长8.2%至126亿元，主要由于平台上新房业务的收入增加了18亿元。")
    assert fs[-1].metric == "收入"


def test_a_hedge_before_the_figure_is_no_part_of_the_metric():
    # (涨幅可能阶段性突破3%, 营收或将达到500亿元: the hedge says how sure, not what is measured)
    from factx import extract

    assert extract("部分月份涨幅可能阶段性突破4%。")[0].metric.endswith("涨幅")
    assert extract("明年营收或将达到300亿元。")[0].metric == "营收"
    # (a verb of hovering, like 维持在, links the measure to its level)
    assert extract("近期价格已徘徊在10600元附近。")[0].metric == "价格"
    # (an adverb of extent, 基本/大体/都, is no part of the measure either)
    assert extract("今年以来月度失业率基本在5.0%至5.4%之间波动。")[0].metric == "月度失业率"


def test_a_kind_of_firm_is_no_name_for_the_company_to_stand_for():
    # (…归属于上市公司股东的净利润: 上市公司 is a kind of firm written inside a measure's name; 公司
    # does not resolve to it)
    from factx import extract

    fs = extract("当年公司营业收入约18.2亿元，归属于上市公司股东的净利润约1.9亿元。")
    assert all(f.subject != "上市公司" for f in fs)


def test_market_share_keeps_market_in_the_measure():
    # 占有率 is a share word, but 市场 before it is part of the measure's name, not of a name
    # (徐工市场 is no market)
    from factx import extract

    f = extract("其中徐工市场占有率已逼近10%大关。")[0]
    assert (f.subject, f.metric) == ("徐工", "市场占有率")
    assert extract("市场占有率达到30%。")[0].metric == "市场占有率"


def test_a_role_rule_can_be_limited_to_units(tmp_path):
    # a `units` list keeps a role rule to figures in those units: the same words before a
    # percentage leave it a level
    from factx import extract
    from factx.pipeline import Engine

    (tmp_path / "gap.yaml").write_text(
        "rules:\n"
        "  - id: role.test_gap\n    kind: role\n    priority: 99\n"
        "    before: \"领先[^，。；]{0,10}\"\n    units: [t]\n    role: delta\n    direction: up\n"
        "    examples:\n      match:\n        - {text: \"领先对手[[3吨]]\", role: delta, direction: up}\n"
        "      no_match:\n        - \"领先对手[[3%]]\"\n",
        encoding="utf-8",
    )
    eng = Engine.load([tmp_path])
    assert extract("产量领先对手3吨。", engine=eng)[0].rule_id == "role.test_gap"
    assert extract("份额领先对手3%。", engine=eng)[0].rule_id != "role.test_gap"


def test_the_noun_a_figure_qualifies_names_the_measure_when_the_words_before_do_not():
    # 持有融信南方…6%的股权: the words before name an act, the noun after 的 is what is measured;
    # words before that name a measure keep it (营业收入为…的水平)
    from factx import extract

    assert extract("华为坚持每年将10%以上的销售收入投入研究与开发。")[0].metric == "销售收入"
    assert extract("中国北车在铁路货车市场占有50%的市场份额。")[0].metric == "市场份额"
    assert extract("公司营业收入达到30亿元的规模。")[0].metric == "营业收入"
    # (not a change word, 11.46%的同比增长, nor a count's or a length of time's noun)
    assert extract("只有江淮汽车实现了11.46%的同比增长。")[0].metric != "同比"


def test_a_compound_measure_earlier_in_the_sentence_names_a_figure_that_names_none():
    # 经济总量再上新台阶，首次突破130万亿元: a compound ending in a measure word (总量, 金额, 量)
    # named before the figure is its measure when the figure's own words name none
    from factx import extract

    assert extract("2024年我国经济总量再上新台阶，首次突破130万亿元。")[0].metric == "经济总量"
    assert extract("日均词元调用量突破140万亿，比上年末增长超40%。")[-1].metric.endswith("调用量")


def test_a_forecaster_is_not_the_company_its_forecast_is_about():
    # (华鑫证券预测，公司…营业收入: the broker speaks of the article's company; 公司 is that company)
    from factx import extract

    fs = extract("西部矿业发布半年报。\n华鑫证券预测，公司2025年营业收入为580.85亿元。")
    assert fs[0].subject == "西部矿业"
    # (a company saying what it will do itself keeps its name)
    fs = extract("西部矿业发布半年报。\n万科表示，公司2025年营业收入为580.85亿元。")
    assert fs[0].subject == "万科"


def test_measures_listed_before_a_bare_change_after_respectively_are_the_metrics():
    # (生猪存栏数及能繁母猪存栏数分别小幅下降…: two levels listed, each figure's measure; 小幅
    # is how much, and 导致 links the cause, no part of the name)
    from factx import extract

    fs = extract("因生猪价格保持低位，导致生猪存栏数及能繁母猪存栏数分别小幅下降4.7%、下降1.6%。")
    assert [(f.metric, f.role, f.direction) for f in fs] == [("生猪存栏数", "delta", "down"), ("能繁母猪存栏数", "delta", "down")]


def test_the_measure_a_leader_leads_by_follows_its_figure():
    # (梦百合以24.2亿元营收居首: 以 + figure + measure + a verb of ranking; who leads is before 以)
    from factx import extract

    assert [(f.metric, f.subject) for f in extract("梦百合以24.2亿元营收居首。")] == [("营收", "梦百合")]
    assert [(f.metric, f.subject) for f in extract("上半年，全市以3.5万辆销量位居全省第一。")][0] == ("销量", "全市")


def test_a_subject_sheds_the_function_words_its_clause_left_on_it():
    # (波司登于…, 他们约…, 是苏州市: a preposition, adverb or copula is no part of the name; a
    # comparison left alone, 相较于, names no one)
    from factx import extract

    assert extract("波司登于11月27日晚间发布了中期业绩。报告期内，营业收入增长1.4%。")[0].subject == "波司登"
    assert extract("从销量看，销量最高的是苏州市2.74亿元。")[0].subject == "苏州市"
    fs = extract("截至2022年底，我国人均体育场地面积达到2.62平方米。相较于1995年底的人均体育场地面积0.65平方米，这一数据增长了3倍。")
    # (the earlier level is the country's, carried on; 相较于 itself is no one)
    assert (fs[1].subject, fs[1].role) == ("我国", "before")


def test_a_clause_of_only_a_place_after_zai_sets_where_the_figures_are():
    # (据张家口市副市长…介绍，在崇礼，每5人中就有1人…: the speaker's city is not the place the
    # clause sets; 在业内人士看来, 在政法领域, 在此期间 set no place)
    from factx import extract

    fs = extract("据张家口市副市长刘海峰介绍，在崇礼，每5人中就有1人从事冰雪相关工作，超3万人进入冰雪产业。")
    assert {f.subject for f in fs} == {"崇礼"}
    fs = extract("据张家口市副市长刘海峰介绍，在业内人士看来，每5人中就有1人从事冰雪相关工作。")
    assert {f.subject for f in fs} == {"张家口市"}


def test_who_underwent_a_counted_thing_before_the_verb_is_its_subject():
    # (QDII也遭遇46亿份的净赎回: the measure is the noun after 的, who underwent it the name before 遭遇)
    from factx import extract

    fs = extract("保本型净赎回22.42亿份，QDII也遭遇46亿份的净赎回。")
    assert (fs[1].metric, fs[1].subject) == ("净赎回", "QDII")


def test_a_level_compared_with_is_dated_by_its_own_phrase():
    # (与截至2023年8月31日的793间相比, 较2022年11月30日的708间: the start of the change, of the
    # date its phrase names, not of the sentence's; a year just after 与 is no period's tail)
    from factx import extract

    fs = extract("截至2023年11月30日，学习中心总数为843间，与截至2023年8月31日的793间相比，增加了50间。")
    assert [(f.text, f.role, f.period) for f in fs] == [
        ("843间", "after", "截至2023年11月30日"), ("793间", "before", "截至2023年8月31日"), ("50间", "delta", "截至2023年11月30日")]
    fs = extract("学习中心达到793间，较2022年11月30日的708间增加85间。")
    assert [(f.role, f.period) for f in fs][1] == ("before", "2022年11月30日")
    fs = extract("全市常住人口为8460088人，与2010年第六次全国人口普查的6432212人相比，增加2027876人。")
    assert [(f.role, f.period) for f in fs] == [("after", None), ("before", "2010年"), ("delta", None)]
    # (与2019年同期的5家: nothing named between, so the measure is the figure's before it)
    fs = [f for f in extract("只有4家房企销售跨越千亿，与2019年同期的5家相比减少1家。") if f.unit == "家"]
    assert fs[1].role == "before" and fs[1].metric == fs[0].metric


def test_a_brokers_forecast_series_shares_its_unit_and_pairs_with_the_years():
    # (24.3/27.5/33.9亿元 for 2022-2024年: one figure a year, the unit written once; 28.57/500克 is
    # a price per weight, no series)
    from decimal import Decimal

    from factx import extract

    fs = extract("预计公司2022-2024年实现归母净利润24.3/27.5/33.9亿元。")
    assert [(f.text, f.value, f.unit, f.metric, f.period) for f in fs] == [
        ("24.3", Decimal("2.43E9"), "CNY", "归母净利润", "2022年"),
        ("27.5", Decimal("2.75E9"), "CNY", "归母净利润", "2023年"),
        ("33.9亿元", Decimal("3.39E9"), "CNY", "归母净利润", "2024年"),
    ]
    assert [f.text for f in extract("带骨羊肉的平均零售价格为28.57/500克。")] == ["500克"]


def test_each_respectively_list_keeps_the_measure_its_own_clause_names():
    # (the figures of the clause before are no names of owners; the middle figure of a list names
    # the measure its clause does, as the first one)
    from factx import extract

    fs = extract("营收分别为10亿元、12亿元，净利润分别为1亿元、2亿元。")
    assert [(f.metric, f.subject) for f in fs][2:] == [("净利润", None), ("净利润", None)]
    fs = extract("预计2023-2025年EPS分别为1.2元、1.5元、1.8元，对应PE分别为25倍、22倍、18倍。")
    assert [f.metric for f in fs] == ["EPS"] * 3 + ["PE"] * 3
    fs = extract("第一产业增加值1257亿元，第二产业增加值9857亿元，增速分别为3.5%和7.5%。")
    assert [f.metric for f in fs][2:] == ["第一产业增加值", "第二产业增加值"]


def test_a_sector_split_written_with_ratio_colons_and_its_changes_with_their_verbs():
    # (︰ and ∶ are colons too; 下降0.8、提高2.3、下降1.5个百分点: each change takes the unit
    # written once and its own verb, and is its own sector's, a claim each)
    from factx import extract

    fs = extract("三次产业结构比为7.9︰60.2︰31.9，分别较上年下降0.8、提高2.3、下降1.5个百分点。")
    assert [(f.text, f.unit, f.role, f.direction, f.subject) for f in fs] == [
        ("7.9", "%", "value", None, "第一产业"), ("60.2", "%", "value", None, "第二产业"), ("31.9", "%", "value", None, "第三产业"),
        ("0.8", "pp", "delta", "down", "第一产业"), ("2.3", "pp", "delta", "up", "第二产业"), ("1.5个百分点", "pp", "delta", "down", "第三产业"),
    ]
    assert len({f.claim for f in fs[3:]}) == 3 and fs[0].claim not in {f.claim for f in fs[3:]}
    assert [f.unit for f in extract("三次产业结构为1.3∶57.3∶41.4。")] == ["%", "%", "%"]


def test_a_ratio_named_x_bi_then_its_bare_value():
    # (拿地销售比平均是0.35, 存贷比为0.72; the sex ratio is told per hundred; 比上年提高0.5 is a
    # comparison, no ratio)
    from decimal import Decimal

    from factx import extract

    assert [(f.value, f.unit, f.metric) for f in extract("目前拿地销售比平均是0.35。")] == [(Decimal("0.35"), "x", "拿地销售比")]
    assert [(f.value, f.unit) for f in extract("存贷比为0.72。")] == [(Decimal("0.72"), "x")]
    assert [(f.value, f.unit) for f in extract("全县人口性别比为112.9。")] == [(Decimal("1.129"), "x")]
    assert extract("增速比上年提高0.5。") == []


def test_what_a_figure_is_compared_with_is_no_measure():
    # (比全省高0.5个百分点, 比前天增加10个, 这与2004年同期的7—10天: the measure is the one named before)
    from factx import extract

    fs = extract("全市规上工业增加值增长8.4%，比全省高0.5个百分点。")
    assert [f.metric for f in fs] == ["规上工业增加值", "规上工业增加值"]
    fs = extract("高温县(市、区)有30个，比前天增加10个。")
    assert fs[1].metric == fs[0].metric == "高温县(市、区)"
    fs = extract("全行业可用存煤天数达到16天，这与2004年同期的7—10天相比有明显增加。")
    assert {f.metric for f in fs} == {"全行业可用存煤天数"}


def test_the_set_a_count_is_among_is_named_without_zhong():
    # (在39个工业大类行业中，有30个…, 31个省份中有20个: the set, not 行业中)
    from factx import extract

    assert [f.metric for f in extract("在39个工业大类行业中，有30个行业增加值实现增长。")] == ["工业大类行业", "行业"]
    assert [f.metric for f in extract("全国31个省份中有20个实现正增长。")] == ["省份", "省份"]


def test_gaiguo_is_the_last_country_named():
    # (日本经济产业省公布…，该国5月出口: 该国 stands for 日本; no country named, it stays)
    from factx import extract

    assert [f.subject for f in extract("日本经济产业省公布数据显示，该国5月出口增长3%。")] == ["日本"]
    assert [f.subject for f in extract("广东省统计局表示，该国GDP增长5%。")] == ["该国"]


def test_a_business_segment_named_with_its_measure_is_whose_figure_it_is():
    from factx import extract

    text = (
        "金山软件发布业绩\n金山软件公司第三季度总收入25亿元。游戏业务单季营收9.57亿元，同比下降6%。"
        "来自办公软件及服务业务的收入为15.21亿元。电力板块业务利润1.5亿元。"
        "煤炭业务收入12亿元。主营业务收入增长5%。该板块在全部业务收入中占比66%。"
    )
    got = {f.text: (f.subject, f.metric) for f in extract(text, doc="x")}
    assert got["9.57亿元"] == got["6%"] == ("游戏业务", "营收")  # (单季: its period)
    assert got["15.21亿元"] == ("办公软件及服务业务", "收入")
    assert got["1.5亿元"] == ("电力板块", "业务利润")
    # 业务 run straight into 收入 is one measure's name; 主营业务 is no segment; a share's whole is none
    assert got["12亿元"][1] == "煤炭业务收入" and got["5%"][1] == "主营业务收入"
    assert got["66%"][0] != "全部业务"


def test_the_documents_headline_period_dates_paragraphs_naming_none():
    from factx import extract

    text = (
        "现代起亚7月销8.4万辆\n现代起亚汽车7月在全球范围内共售出53.02万辆，同比增长10.9%。\n"
        "全球市场上，起亚汽车销量达到20.66万辆，同比增长15.2%。上半年在美国市场销量同比增长26.2%。\n"
        "郑州：2022年数字经济达5000亿元以上\n郑州在发展数字经济方面拥有自己的特色。该项目已建成涉及14个部门的综合性平台。\n"
    )
    periods = {f.text: f.period for f in extract(text, doc="x")}
    assert periods["20.66万辆"] == periods["15.2%"] == "7月"
    assert periods["26.2%"] == "上半年"  # (its own)
    assert periods["14个"] != "2022年"  # (a later sub-heading's period is its own claim's)


def test_a_share_of_the_measures_total_is_the_parts_own():
    from factx import extract

    text = "从输出地看，东部地区农民工10430万人，增长0.3%，占农民工总量的36.4%；中部地区农民工9450万人，占农民工总量的33%。进口原油2.1亿吨，占进口总量的30%。"
    subjects = {f.text: f.subject for f in extract(text, doc="x")}
    assert subjects["36.4%"] == "东部地区" and subjects["33%"] == "中部地区"
    assert subjects["30%"] == "进口原油"  # (a whole that is not the measure's total: the measure is the part)


def test_a_share_after_a_rate_is_the_last_levels_not_the_rates():
    from factx import extract

    text = "上半年全市实现地区生产总值1267.24亿元,增速高于全区1.0个百分点;占全区地区生产总值的比重为51.2%。"
    f = next(f for f in extract(text, doc="x") if f.text == "51.2%")
    assert f.subject == "全市"  # (not 增速: a growth rate has no share of a whole)


def test_a_share_after_an_achieved_measure_is_the_achievers_and_estimate_is_no_name():
    from factx import extract

    text = "东部地区完成铁路基建投资2275.8亿元，占铁路基建投资总额的75.9%；西部地区完成铁路基建投资1588亿元，占铁路基建投资的28.9%。"
    subjects = {f.text: f.subject for f in extract(text, doc="x")}
    assert subjects["75.9%"] == "东部地区" and subjects["28.9%"] == "西部地区"
    f = extract("比亚迪发布半年度业绩预报称，估计1-6月归属于上市公司股东的净利润为1.21亿元。", doc="x")[0]
    assert (f.subject, f.metric) == ("比亚迪", "归属于上市公司股东的净利润")


def test_a_hoped_for_measure_sheds_its_hope_word():
    from factx import extract

    f = extract("其中2022年有望实现投资5600亿元。", doc="x")[0]
    assert f.metric == "投资"


def test_money_achieved_names_its_measure_after_the_amount():
    from factx import extract

    f = extract("追觅科技去年10月完成63亿元C轮融资，刷新行业纪录。", doc="x")[0]
    assert (f.subject, f.metric) == ("追觅科技", "C轮融资")


def test_an_industry_rate_named_in_the_clause_before_is_the_figures():
    from factx import extract

    f = extract("计算机、通信和其他电子设备制造业增速领跑，达82.9%。", doc="x")[0]
    assert (f.subject, f.metric, f.role, f.direction) == ("计算机、通信和其他电子设备制造业", "增速", "delta", "up")


def test_a_conversion_word_he_names_no_measure():
    from factx import extract

    facts = extract("全年全国粮食总产量60710万吨，合1.2142万亿斤，比2013年增加516万斤，增长0.9%。", doc="x")
    assert {f.metric for f in facts} == {"粮食总产量"}


def test_a_measure_after_its_figure_ends_where_its_rank_begins():
    from factx import extract

    facts = {f.text: f for f in extract("成都地区生产总值约5930亿元，增长6.0%；眉山以7.6%的增速居全省首位，德阳增长7.0%，位列第二。", doc="x")}
    assert facts["7.6%"].metric == "增速"
    assert facts["7.0%"].metric == "地区生产总值"  # (the measure of the list, not 增速居全省首位)


def test_per_head_jun_does_not_end_the_measure_after_a_figure():
    from factx import extract

    assert extract("有87.8%的居民人均收入增长。", doc="x")[0].metric == "居民人均收入"
    assert extract("90%的企业均实现盈利。", doc="x")[0].metric == "企业"  # (均 "all" still ends it)


def test_ping_jun_is_average_not_all():
    from factx import extract

    f = extract("全国地级及以上城市平均细颗粒物浓度为33微克/立方米。", doc="x")[0]
    assert f.subject == "全国" and f.metric == "地级及以上城市平均细颗粒物浓度"
    f = extract("长三角地区41个城市平均优良天数比例为85.2%。", doc="x")[0]
    assert f.metric == "城市"  # (the counted noun ends where their average begins)


def test_urban_and_rural_opens_no_name():
    from factx import extract

    facts = extract("其中，节能环保支出下降4.8%，城乡社区支出增长58.7%，教育支出增长1.2%。", doc="x")
    assert [(f.subject, f.metric) for f in facts][1:] == [(None, "城乡社区支出"), (None, "教育支出")]


def test_a_mark_crossed_or_a_time_taken_sheds_its_verb_from_the_measure():
    from factx import extract

    # 跨越/首破/有望破 say a mark was crossed; 只需 how little it takes: none names what is measured
    text = "全县财政收入跨越130亿元。研究生报考人数首破200万人。资产规模有望破万亿元。从北京坐火车到香港只需7小时。"
    assert [f.metric for f in extract(text, doc="x")] == ["财政收入", "研究生报考人数", "资产规模", "从北京坐火车到香港"]


def test_a_deed_or_a_time_is_no_ones_name():
    from factx import extract

    # 以现金方式收购…, 本次变更, 申请仲裁之际 open a deed or a time: the figure stays the company's
    (f,) = extract("紫金矿业公告，拟以现金方式收购新锂公司，交易金额为9.6亿加元。", doc="x")
    assert f.subject == "紫金矿业"
    fs = extract("天风期货公告，本次变更后，注册资本由3.14亿元增至5.24亿元。", doc="x")
    assert [f.subject for f in fs] == ["天风期货", "天风期货"]


def test_a_rate_compared_with_another_measures_is_that_measures():
    from factx import extract

    fs = extract("服务零售额增长5.3%，快于商品零售额的5.1%。", doc="x")
    assert [(f.metric, f.role) for f in fs] == [("服务零售额", "delta"), ("商品零售额", "delta")]
    # a place compared with keeps the measure and becomes whose rate it is
    fs = extract("全市工业增加值增长8.2%，高于全省的6.5%。", doc="x")
    assert [(f.metric, f.subject) for f in fs] == [("工业增加值", "全市"), ("工业增加值", "全省")]


def test_a_clause_setting_the_scene_names_no_one():
    from factx import extract

    fs = extract("在国内整体汽车市场下滑的大环境下，新能源汽车产销分别为11.2万辆和10.4万辆。", doc="x")
    assert [f.subject for f in fs] == [None, None]
    assert [f.metric for f in fs] == ["新能源汽车产量", "新能源汽车销量"]


def test_a_body_disclosing_data_is_not_whose_figures_they_are():
    from factx import extract

    (f,) = extract("日前，中国汽车工业协会披露的数据显示，5月汽车销量为191.3万辆。", doc="x")
    assert f.subject is None and f.metric == "汽车销量"


def test_an_earlier_level_compared_with_is_the_start_and_a_word_for_figure_no_measure():
    from factx import extract

    fs = extract("全国重点发电企业可用存煤天数达到16天，这与2004年同期的7—10天相比有明显增加。", doc="x")
    assert [(f.text, f.role) for f in fs] == [("16天", "after"), ("7", "before"), ("10天", "before")]
    fs = extract("相比2020年广东GDP总量110760.94亿元的数据，2021年广东省GDP增加了13608.73亿元。", doc="x")
    assert (fs[0].role, fs[0].metric) == ("before", "GDP")


def test_a_bound_held_after_a_change_is_no_level_reached():
    from factx import extract

    fs = extract("全社会煤炭库存20223万吨，比年初减少1496万吨，下降6.9%，但仍然保持在2亿吨以上。", doc="x")
    assert (fs[-1].text, fs[-1].role, fs[-1].direction) == ("2亿吨", "value", None)


def test_a_paired_measure_takes_its_figures_not_the_names_of_the_clause_before():
    from factx import extract

    fs = extract("从细分车型来看,SUV和交叉型乘用车好于总体水平,其中轿车产销同比分别下降14.1%和13.6%。", doc="x")
    assert [(f.metric, f.subject) for f in fs] == [("轿车产量", None), ("轿车销量", None)]


def test_a_counted_class_keeps_its_above_and_its_bracketed_kinds():
    from factx.attribute import _default_lexicon, _post_np

    lex = _default_lexicon()
    assert _post_np("地级及以上城市平均优良天数比例为87.5%", lex) == "地级及以上城市"
    assert _post_np("省(区、市)，获得奖牌的", lex) == "省(区、市)"
    assert _post_np("县(市)区中排第2位", lex) == "县(市)区"


def test_the_two_ends_of_a_range_measure_one_thing():
    from factx import extract

    fs = extract("藏羚羊野外种群由上世纪90年代末6万-7万只恢复到超过30万只。福建东部沿海出现10-13级阵风。", doc="x")
    assert [f.metric for f in fs] == ["藏羚羊野外种群"] * 3 + ["阵风", "阵风"]


def test_a_peak_or_a_pace_after_a_figure_names_no_measure():
    from factx import extract

    fs = extract("结婚数自2013年达到1346.9万对的最高峰后，几乎以每年减少80万对的速度下降。", doc="x")
    assert [(f.metric, f.subject) for f in fs] == [("结婚数", None), ("结婚数", None)]


def test_a_period_between_a_list_and_fenbie_does_not_hide_the_list():
    from factx import extract

    fs = extract("主要产品中，服装和化纤产量1-5月份分别为93亿件和1038.4万吨。", doc="x")
    assert [(f.metric, f.subject, f.period) for f in fs] == [("产量", "服装", "1-5月份"), ("产量", "化纤", "1-5月份")]


def test_pollutants_listed_are_measures_of_the_place_before_them():
    from factx import extract

    fs = extract("与2013年相比，2022年北京市PM2.5、PM10、NO2、SO2分别下降了66.5%、50.0%、58.9%、88.7%。", doc="x")
    assert [(f.metric, f.subject) for f in fs] == [(m, "北京市") for m in ("PM2.5", "PM10", "NO2", "SO2")]


def test_a_name_opening_with_bi_is_no_comparison():
    from factx.attribute import _default_lexicon, _strip_links

    lex = _default_lexicon()
    assert _strip_links("王传福持有的比亚迪A股市值", lex) == "王传福持有的比亚迪A股市值"
    assert _strip_links("出口额比上年", lex) == "出口额"


def test_a_series_written_with_slashes_shares_its_role_and_an_adjective_no_measure():
    from factx import extract

    fs = extract("营收分别为21.1/25.4/33.9亿元，同比增长106.9%/13.2%/23.6%。", doc="x")
    assert [(f.role, f.direction) for f in fs[3:]] == [("delta", "up")] * 3
    (_, f) = extract("扣非归母净利润则录得33.1亿，同比增幅达到惊人的219.2%。", doc="x")
    assert (f.metric, f.role, f.direction) == ("增幅", "delta", "up")


def test_the_parts_of_a_ratio_are_the_items_listed_before_it():
    from factx import extract

    fs = extract("全县农、林、牧、渔业及其服务业结构比例为51.57:3.66:38.33:3.61:2.83。", doc="x")
    assert [(f.subject, f.metric) for f in fs] == [(s, "结构比例") for s in ("农", "林", "牧", "渔业", "服务业")]
    fs = extract("一、二、三产结构由22.0:40.0:38.0调整为23.0:38.2:38.8。", doc="x")
    assert [f.subject for f in fs] == ["第一产业", "第二产业", "第三产业"] * 2
    # (二、三产业比例: ordinals only, no parts named)
    assert {f.subject for f in extract("全区二、三产业比例为72.8:27.2。", doc="x")} == {"全区"}


def test_tongqi_and_dangzhong_open_no_measure():
    from factx import extract

    fs = extract("上半年分销售气量10.25亿立方米，同期则为6.90亿立方米，增长49%。当中工业售气量35.92亿立方米。", doc="x")
    # (the level set against the year before's is where the change ended, in one claim)
    assert [(f.metric, f.role) for f in fs] == [("分销售气量", "after"), ("分销售气量", "before"), ("分销售气量", "delta"), ("工业售气量", "value")]
    assert len({f.claim for f in fs[:3]}) == 1


def test_jun_after_a_per_unit_character_stays_in_the_measure():
    from factx.attribute import _default_lexicon, _strip_links

    lex = _default_lexicon()
    # 亩均, 日均, 人均: "per"; 每月均 and 两市均: the adverb "all", a link
    assert _strip_links("稻虾亩均", lex) == "稻虾亩均"
    assert _strip_links("固定资产投资每月均", lex) == "固定资产投资"
    assert _strip_links("两市均", lex) == "两市"


def test_a_name_then_gong_and_a_deed_is_whose_deed_it_is():
    from factx import extract

    fs = extract("2018年，基本型乘用车共交易822.20万辆，同比增长11.56%。", doc="x")
    assert [(f.subject, f.metric) for f in fs] == [("基本型乘用车", "交易")] * 2


def test_of_the_reasons_listed_the_last_is_what_the_figure_measures():
    from factx import extract

    fs = extract("氧化铝板块税前盈利116.85亿元，同比增长1012.86%，主要源于氧化铝产量增加及销售价格同比上升39.07%。", doc="x")
    assert fs[-1].metric == "销售价格"


def test_a_deed_before_de_is_no_owner():
    from factx import extract

    (f,) = extract("全县参加农村合作医疗的农民30.51万人。", doc="x")
    assert (f.metric, f.subject) == ("参加农村合作医疗的农民", "全县")


def test_a_deed_of_carrying_out_is_no_name():
    from factx import extract

    (f, _) = extract("今年目标任务是完成投资22.55亿元，实施项目32个。", doc="x")
    assert f.subject is None


def test_a_topic_frame_in_the_figures_own_clause_names_whose_measure_it_is():
    from factx import extract

    f = extract("从四川省的实际外送电量来看同比下降3.78%。", doc="x")[0]
    assert (f.subject, f.metric, f.direction) == ("四川省", "实际外送电量", "down")


def test_the_investor_after_the_firm_set_up_is_no_part_of_the_measure():
    from factx import extract

    f = extract("莱克电气绿能科技（苏州）有限公司由莱克电气投资15亿元设立。", doc="x")[0]
    assert (f.subject, f.metric) == ("莱克电气绿能科技（苏州）有限公司", "投资")


def test_who_has_a_count_before_it_is_its_owner_and_a_start_verb_ends_the_noun():
    from factx import extract

    f = extract("目前，雅砻江中游已有两个水电站开建，但外送通道尚未明确。", doc="x")[0]
    assert (f.subject, f.metric) == ("雅砻江中游", "水电站")
    f = extract("我们这个拥有九千六百多万名党员的大党。", doc="x")[0]
    assert f.subject is None  # (the rest of 拥有 and a pointing word are no owner)


def test_a_quoted_term_opening_the_measure_is_whose_figure_it_is_and_quotes_are_no_part_of_a_name():
    from factx import extract

    f = extract("今年，“00后”五一旅游预订量同比涨超570%。", doc="x")[0]
    assert (f.subject, f.metric) == ("00后", "五一旅游预订量")
    f = extract("全国建成“口袋公园”4700余个。", doc="x")[0]
    assert f.metric == "口袋公园"
    # (a list goes on after the term, or a brand's product: no owner)
    f = extract("\"华鲁青果\"牌冷冻蔬菜、\"孙祖\"牌小米等3个产品先后获奖。", doc="x")[0]
    assert f.subject != "华鲁青果"


def test_segments_listed_before_fenbie_keep_a_yu_inside_an_item_and_lose_the_firms_word():
    from factx import extract

    text = "今年上半年,公司铁路装备业务、城轨与城市基础设施业务、新产业业务、现代服务业务分别实现收入285.63亿元、190.52亿元、368.49亿元、28.39亿元。"
    got = [(f.subject, f.metric) for f in extract(text, doc="x")]
    assert got == [("铁路装备业务", "收入"), ("城轨与城市基础设施业务", "收入"), ("新产业业务", "收入"), ("现代服务业务", "收入")]


def test_a_figure_describing_a_firm_whose_name_runs_on_into_its_clause_is_the_firms():
    from factx import extract

    f = extract("总市值近200亿元的西南焦煤龙头盘江股份盘后公告，获批建设风电项目。", doc="x")[0]
    assert (f.subject, f.metric) == ("盘江股份", "总市值")
    f = extract("如今年上涨30%多的森马服饰。", doc="x")[0]
    assert f.period == "今年"  # (如 + 今年, not 如今)


def test_items_listed_before_fenbie_in_their_own_clause_beat_names_ending_the_clause_before():
    from factx import extract

    text = "优化商品汽车班列开行和冷链运输组织，商品汽车、冷链物流分别同比增长30.9％和45％。"
    assert [f.subject for f in extract(text, doc="x")] == ["商品汽车", "冷链物流"]


def test_a_heading_line_framing_a_measure_names_it_for_the_items_after_it():
    from factx import extract

    text = "从产品产量看\n风力发电机组、集成电路圆片分别增长268.9%、76.7%。\n从重点行业看\n汽车行业增长28.2%。"
    got = [(f.subject, f.metric) for f in extract(text, doc="x")]
    assert got[:2] == [("风力发电机组", "产品产量"), ("集成电路圆片", "产品产量")]
    assert got[2][1] != "重点行业"  # (a dimension, not a measure, frames nothing)


def test_an_industry_named_alone_before_its_growth_is_whose_growth_and_a_pull_verb_is_no_industry():
    from factx import extract

    text = "装备制造业增长18.8%，其中汽车行业增长28.2%。石油化工产业同比增长4.6%,拉动全市规模以上工业1.7个百分点。"
    got = {f.text: (f.subject, f.metric) for f in extract(text, doc="x")}
    assert got["18.8%"][0] == "装备制造业" and got["28.2%"][0] == "汽车行业"
    assert got["1.7个百分点"][0] != "拉动全市规模以上工业"  # (a verb opening the phrase names no one)


def test_a_trade_whose_name_holds_a_measures_character_is_whose_growth():
    # (金 and 产 are measure characters, but 金融业 and 房地产业 are trades)
    from factx import extract

    text = (
        "上半年,全镇第三产业增加值完成8.2亿元,增长5.1%,较去年同期下降1.2个百分点,位列全市第3位。"
        "相关指标中,交通运输业增长4.4%,较去年同期下降2.8个百分点;金融业增长2.7%,较去年同期下降5.6个百分点;房地产业增长9.9%。"
    )
    got = {f.text: (f.subject, f.metric) for f in extract(text, doc="x")}
    assert [got[t][0] for t in ("4.4%", "2.7%", "9.9%")] == ["交通运输业", "金融业", "房地产业"]
    assert got["2.7%"][1] != "金融业"


def test_trades_listed_alone_own_their_growth_and_are_no_topic_of_the_next_sentence():
    from factx import extract

    text = (
        "全省第三产业增加值2590亿元，增长12.1%。\n在第三产业中,金融保险业增长8.4%,批发和零售业增长12.3%,"
        "住宿和餐饮业增长10.7%。居民消费价格总指数为101.6,涨幅比上年回落1.3个百分点。"
    )
    got = {f.text: (f.subject, f.metric) for f in extract(text, doc="x")}
    assert [got[t][0] for t in ("8.4%", "12.3%", "10.7%")] == ["金融保险业", "批发和零售业", "住宿和餐饮业"]
    assert got["12.3%"][1] != "批发和零售业"
    assert got["1.3个百分点"][0] == "全省"


def test_items_listed_before_fenbie_zhan_are_measured_by_their_share_of_the_whole():
    # (SCHEMA: a share's metric is the 占… phrase, its subject the part whose share it is)
    from factx import extract

    fs = extract("北京、上海两市常住人口分别占全国总人口数的1.5%和1.7%。", doc="x")
    assert [(f.subject, f.metric) for f in fs] == [("北京", "占全国总人口数"), ("上海", "占全国总人口数")]
    fs = extract("一季度，同城、异地快递业务收入分别占全部快递收入的11.1%和57.0%。", doc="x")
    assert [f.metric for f in fs] == ["占全部快递收入", "占全部快递收入"]
    # (the share named before 分别: 占…的比重分别为)
    fs = extract("工业和服务业投资占全部投资的比重分别为30.2%和60.1%。", doc="x")
    assert [f.metric for f in fs] == ["占全部投资的比重", "占全部投资的比重"]
    # (第一、第二和第三产业: an ordinal list written short, each ordinal keeping its 第)
    fs = extract("第一、第二和第三产业增加值占地区生产总值的比重分别为9.5%、40.7%和49.8%。", doc="x")
    assert [(f.subject, f.metric) for f in fs] == [(f"第{n}产业", "占地区生产总值的比重") for n in "一二三"]


def test_the_whole_a_contribution_is_to_owns_nothing():
    # (对规上工业增速的贡献率: the items listed before own the contributions, in order)
    from factx import extract

    fs = extract("1-2月，甲、乙两行业增加值同比分别增长8.3%、48.3%，对规上工业增速的贡献率分别为39.6%、35.1%。", doc="x")
    got = {f.text: f.subject for f in fs}
    assert (got["39.6%"], got["35.1%"]) == (got["8.3%"], got["48.3%"])
    assert "规上工业增速" not in {got["39.6%"], got["35.1%"]}


def test_a_footnotes_number_after_a_measure_is_no_part_of_its_name():
    # (annual reports mark a measure with a note: 主要经营溢利 (2) 由…)
    from factx import extract

    fs = extract("主要经营溢利 (2) 由上年同期的2,422百万港元下降29.5%。", doc="x")
    assert [f.metric for f in fs] == ["主要经营溢利", "主要经营溢利"]


def test_our_province_or_city_is_the_one_its_sentence_names():
    from factx import extract

    f = extract("近年来，贵州省大力发展大数据，我省数字经济规模达到1万亿元。", doc="x")[0]
    assert f.subject == "贵州省"
    f = extract("今年，全市将再建设22个精品示范村。", doc="x")[0]
    assert f.subject == "全市"  # (no place named: kept as written)


def test_the_same_period_a_year_before_in_brackets_starts_the_change():
    from factx import extract

    text = "工业售气量为30.33亿立方米（2020年同期：22.29亿立方米），增加36.1%。"
    got = [(f.text, f.role, f.metric) for f in extract(text, doc="x")]
    assert got == [("30.33亿立方米", "after", "工业售气量"), ("22.29亿立方米", "before", "工业售气量"), ("36.1%", "delta", "工业售气量")]
    assert len({f.claim for f in extract(text, doc="x")}) == 1


def test_a_change_reached_a_rebound_named_by_a_noun_and_a_gap_after_a_figure_base_are_changes():
    from factx import extract

    f = extract("四级城市销售量同比增长更是达到70%。", doc="x")[0]
    assert (f.role, f.direction) == ("delta", "up")
    f = extract("指数基金反弹幅度已经达到22.24%。", doc="x")[0]
    assert (f.role, f.direction, f.metric) == ("delta", "up", "反弹幅度")
    f = extract("15家公募下滑幅度超过10%。", doc="x")[-1]
    assert (f.role, f.direction) == ("delta", "down")
    f = extract("70kWh的电池的单位储能成本可比30kWh的电池低25%。", doc="x")[-1]
    assert (f.role, f.direction) == ("delta", "down")


def test_things_counted_after_a_change_are_no_level_it_reached_unless_a_verb_says_so():
    from factx import extract

    roles = {f.text: f.role for f in extract("蔬菜平均价格相比上周小幅上涨1.47%，其中11种价格下降, 27种价格上升。", doc="x")}
    assert roles["11种"] == "value"
    roles = {f.text: f.role for f in extract("全球纯电动汽车销量将比2021年增加5成，达到约700万辆。", doc="x")}
    assert roles["700万辆"] == "after"


def test_no_metric_opens_with_de():
    from factx import extract

    fs = extract("杨红樱是著名作家，杨红樱的作品很受欢迎。杨红樱的“淘气包”系列借阅208次。", doc="x")
    assert fs[0].subject == "杨红樱"  # (a name the text has shown twice owns what follows its 的)
    assert all(not (f.metric or "").startswith("的") for f in fs)


def test_the_whole_world_owns_its_figure_but_is_no_topic_and_no_scene():
    from factx import extract

    text = "2011年世界谷物总产量将达到23.15亿吨，全球粮食进口费用将达到1.29万亿美元。特斯拉一季度营收100亿美元。"
    got = {f.text: (f.subject, f.metric) for f in extract(text, doc="x")}
    assert got["23.15亿吨"] == ("世界", "谷物总产量") and got["1.29万亿美元"] == ("全球", "粮食进口费用")
    assert got["100亿美元"][0] == "特斯拉"
    f = extract("2019年，世界上首条时速350公里的智能高铁开通运营。", doc="x")[0]
    assert f.subject != "世界"  # (世界上: where, not whose)
    f = extract("我国全球创新指数排名升至第10位。", doc="x")[0]
    assert (f.subject, f.metric) == ("我国", "全球创新指数")


def test_places_listed_before_a_count_own_it_and_the_counted_noun_goes_on():
    from factx import extract

    f = extract("截至2019年,已有11个省份的博物馆总数超过200家,其中山东、浙江、河南、陕西超过300家。", doc="x")[-1]
    assert (f.subject, f.metric) == ("山东、浙江、河南、陕西", "博物馆")


def test_a_people_group_owns_its_figures_but_is_no_topic_of_the_clauses_after():
    from factx import extract

    text = "居民收入方面,上半年城镇居民人均可支配收入7392.47元,增长一成多;农民人均现金收入2049.9元,同比增长27.4%。全市粮食产量100万吨。"
    got = {f.text: (f.subject, f.metric) for f in extract(text, doc="x")}
    assert got["7392.47元"] == ("城镇居民", "人均可支配收入") and got["2049.9元"] == ("农民", "人均现金收入")
    assert got["100万吨"][0] == "全市"


def test_a_work_named_in_title_marks_owns_its_figure_and_is_no_topic_after():
    from factx import extract

    got = [(f.text, f.subject, f.metric) for f in extract("成人书籍借阅排行榜上,路遥的《平凡的世界》借阅量最多144次。全县图书馆藏书20万册。", doc="x")]
    assert got[0] == ("144次", "《平凡的世界》", "借阅量")
    assert got[1][1] != "《平凡的世界》"


def test_each_part_of_a_changed_split_is_its_own_claim_with_its_ratios_time():
    from factx import extract

    fs = extract("三次产业构成由2013年的22.7∶40.6∶36.7调整为2014年的20.4∶41.8∶37.8。", doc="x")
    claims = {f.text: f.claim for f in fs}
    assert claims["22.7"] == claims["20.4"] and claims["40.6"] == claims["41.8"] and claims["22.7"] != claims["40.6"]
    assert [f.period for f in fs[:3]] == ["2013年"] * 3


def test_one_character_items_listed_before_fenbie_own_their_figures_and_later_changes():
    from factx import extract

    text = "纱、布、服装和化纤产量分别为1080万吨、229亿米、93亿件和1038.4万吨，同比分别增长10.1%、15.5%、11.9%和3.5%。"
    got = [(f.text, f.subject, f.metric) for f in extract(text, doc="x")]
    assert [s for _, s, _ in got] == ["纱", "布", "服装", "化纤"] * 2
    assert {m for _, _, m in got} == {"产量"}


def test_an_indicator_in_latin_capitals_lists_measures_with_others():
    from factx import extract

    fs = extract("6月末，M2、社会融资规模存量、人民币贷款余额同比分别增长11.4%、10.8%和11.2%。", doc="x")
    assert [f.metric for f in fs] == ["M2", "社会融资规模存量", "人民币贷款余额"]


def test_what_each_listed_item_gives_rise_to_is_one_measure_per_item():
    from factx import extract

    fs = extract("该公司经营活动、投资活动、筹资活动产生的现金流量净额分别约为-10.3亿元、-20.9亿元、13.48亿元。", doc="x")
    assert [f.metric for f in fs] == ["经营活动产生的现金流量净额", "投资活动产生的现金流量净额", "筹资活动产生的现金流量净额"]


def test_dang_yue_points_back_to_the_month_named_before_it():
    from factx import extract

    (f,) = extract("分月看,6月规上工业增加值当月增速为5.9%。", doc="x")
    assert (f.period, f.role, f.metric) == ("6月", "delta", "规上工业增加值")


def test_a_quotation_running_past_the_sentence_shelters_no_comma():
    from factx import extract
    from factx.attribute import clause_spans

    assert len(clause_spans("“像澳洲龙虾年前一斤400元，现在跌到一斤320元。")) == 2
    assert len(clause_spans("他说“年前一斤400元，现在320元”。")) == 1
    roles = [f.role for f in extract("“像澳洲龙虾年前最高的时候一斤400元，现在跌到一斤320元，跌了将近20%。", doc="x")]
    assert roles == ["before", "after", "delta"]


def test_xianzai_is_a_time_not_a_measure_ending_in_xian():
    from factx import extract

    (f,) = extract("龙虾价格现在为320元。", doc="x")
    assert (f.metric, f.period) == ("龙虾价格", "现在")


def test_a_dated_level_then_one_reached_at_another_time_are_the_ends_of_a_change():
    from factx import extract

    fs = extract("2014年末,上海农商银行资产规模仅为成都农商行的73%,到去年末已变为113%。", doc="x")
    assert [(f.role, f.direction, f.period) for f in fs] == [("before", None, "2014年末"), ("after", "up", "去年末")]
    # (not a measure of its own changed from its old level: 2027年营收预测下调至…)
    fs = extract("下调2025年营收预测至449.90亿元(原预测430.55亿元),2027年营收预测下调至490.27亿元。", doc="x")
    assert [f.role for f in fs] == ["value", "value", "after"]


def test_a_subject_ends_before_an_adverb_a_share_or_an_addition_and_no_verb_opens_one():
    from factx.attribute import _tidy_subject
    from factx.pipeline import default_engine

    lex = default_engine().lex
    assert _tidy_subject("万科、碧桂园再", lex) == "万科、碧桂园"
    assert _tidy_subject("保利发展则", lex) == "保利发展"
    assert _tidy_subject("第三产业占地区生产总值", lex) == "第三产业"
    assert _tidy_subject("全市新增城镇", lex) == "全市"
    assert _tidy_subject("获得金牌", lex) is None
    assert _tidy_subject("占公司", lex) is None
    assert _tidy_subject("成都", lex) == "成都"  # (a name ending in 都 keeps it)


def test_whom_a_payout_goes_to_is_no_part_of_its_metric():
    from factx import extract

    (f,) = extract("公司拟向全体股东每10股派发现金红利10元（含税）。", doc="x")
    assert f.metric == "每10股派发现金红利"
    (f,) = extract("公司拟向全体股东派发每股现金红利0.3元。", doc="x")
    assert f.metric == "每股现金红利"


def test_an_outlet_named_with_caixun_opening_the_body_owns_no_figure():
    from factx import extract

    fs = extract("中证智能财讯华鲁恒升(600426)8月23日披露2025年半年度报告。2025年上半年,公司实现营业收入150亿元。", doc="x")
    assert fs[-1].subject == "华鲁恒升"


def test_items_listed_before_the_de_of_a_figureless_clause_pair_with_the_figures_after():
    from factx import extract

    fs = extract("牛腱子肉、牛腩的平均零售价格，分别为37.34元/500克、32.68元/500克，较上期分别回落1.76%、1.51%。", doc="x")
    assert [(f.subject, f.metric) for f in fs] == [("牛腱子肉", "平均零售价格"), ("牛腩", "平均零售价格")] * 2


def test_a_day_or_a_connective_is_no_part_of_a_name():
    from factx.attribute import _tidy_subject
    from factx.pipeline import default_engine

    lex = default_engine().lex
    assert _tidy_subject("长江中下游6月7日入梅", lex) == "长江中下游"
    assert _tidy_subject("随着深圳、包头等11个城市", lex) == "深圳、包头等11个城市"
    assert _tidy_subject("牛腩的平", lex) == "牛腩"


def test_a_measure_named_right_after_a_figure_whose_phrase_before_names_none():
    from factx import extract

    (f,) = extract("流花君庭依旧需要预约看楼，3.1万元/平方米毛坯均价雷打不动。", doc="x")
    assert f.metric == "毛坯均价"
    assert extract("2020年，捞王以11亿元收入占据0.3%的市场份额。", doc="x")[0].metric == "收入"
    # (a list's items take the measure named after its last one)
    fs = extract("传统汽车业务、手机部件业务是比亚迪主要收入来源，分别贡献公司46.8%、42.90%的收入。", doc="x")
    assert [f.metric for f in fs] == ["收入", "收入"]


def test_a_figure_after_yi_takes_the_measure_named_after_it():
    from factx import extract

    f = extract("截至2017年底,重庆农商行以9087.78亿元的资产规模在众多农商行中排名首位。", doc="x")[0]
    assert f.metric == "资产规模"
    f = extract("众安在线以16.18%的持股比例位列第一大股东。", doc="x")[0]
    assert f.metric == "持股比例"


def test_an_aside_in_brackets_names_no_measure_for_what_follows_it():
    from factx import extract

    text = "不过夜旅客有1,344,381人次(占总数51.9%),较去年同月减少14.0%。"
    f = [x for x in extract(text, doc="x") if x.text == "14.0%"][0]
    assert f.metric == "不过夜旅客"


def test_zhongguo_neidi_is_one_place_and_annian_is_no_part_of_a_measure():
    from factx import extract

    f = extract("中国内地旅客按年减少12.6%至1,726,859人次。", doc="x")[0]
    assert (f.subject, f.metric) == ("中国内地", "旅客")


def test_a_price_quoted_after_its_change_is_the_level_the_change_reached():
    from factx import extract

    fs = extract("碳酸锂价格较昨日下跌6800元/吨，中间价报179500元/吨。", doc="x")
    assert [(f.role, f.direction) for f in fs] == [("delta", "down"), ("after", "down")]
    assert fs[1].metric == "中间价"


def test_an_industry_named_with_dun_and_he_is_one_name_kept_in_what_is_invested():
    from factx import extract

    (f,) = extract("信息传输、软件和信息技术服务业投资增长54.5%。", doc="x")
    assert (f.metric, f.subject) == ("信息传输、软件和信息技术服务业投资", None)
    (f,) = extract("信息传输、软件和信息技术服务业增加值增长4.4%。", doc="x")
    assert (f.metric, f.subject) == ("增加值", "信息传输、软件和信息技术服务业")  # (its value added is its own)


def test_items_listed_before_a_change_verb_own_its_listed_figures_without_fenbie():
    from factx import extract

    # (no 分别: the change verb ends the list; 月度 is the measure's span of time, not the last item's)
    got = [(f.text, f.subject, f.metric) for f in extract("2月锌、镍、线材月度均价环比上涨2.5%、6.1%、3.2%。", doc="x")]
    assert got == [("2.5%", "锌", "月度均价"), ("6.1%", "镍", "月度均价"), ("3.2%", "线材", "月度均价")], got
    got = [(f.text, f.subject, f.metric) for f in extract("锌、镍价格同比上涨5%和6%。", doc="x")]
    assert got == [("5%", "锌", "价格"), ("6%", "镍", "价格")], got


def test_a_year_compared_with_by_a_difference_is_no_period_of_the_gap():
    from factx import extract

    fs = {f.text: f for f in extract("今年1至5月居住类价格同比上涨5.2%，涨幅高出去年同期11.6个百分点。", doc="x")}
    f = fs["11.6个百分点"]
    assert (f.role, f.direction, f.period) == ("delta", "up", "今年1至5月"), (f.role, f.direction, f.period)


def test_a_level_named_after_higher_than_and_its_year_is_the_base_of_that_year():
    from factx import extract

    fs = {f.text: f for f in extract("全国来看，观众2020年看一部电影平均花费36.98元，高于2015年的34.8元。", doc="x")}
    b, a = fs["34.8元"], fs["36.98元"]
    assert (b.role, b.period) == ("before", "2015年"), (b.role, b.period)
    assert (a.role, a.direction, a.claim) == ("after", "up", b.claim), (a.role, a.direction)


def test_items_listed_after_laizi_own_their_figures_and_a_measure_opening_word_joins_the_measure():
    from factx import extract

    text = "2022年龙湖来自长三角、环渤海、西部及华中片区合同销售额分别为775.8亿元、414.0亿元、393.9亿元及180.9亿元。"
    got = [(f.text, f.subject, f.metric) for f in extract(text, doc="x")]
    assert [s for _, s, _ in got] == ["长三角", "环渤海", "西部", "华中片区"], got
    assert {m for _, _, m in got} == {"合同销售额"}, got


@pytest.mark.parametrize("text,kept", [
    ("来自三角、环渤海的销售额为5亿元。", ["5亿元"]),  # (三角 is a place's name here, no 0.3元)
    ("八角价格上涨5%。", ["5%"]),
    ("一支笔卖五角钱。", ["五角"]),
    ("公交票价五角。", ["五角"]),
])
def test_an_amount_in_jiao_written_in_chinese_is_money_only_beside_a_price(text, kept):
    from factx import extract

    assert [f.text for f in extract(text, doc="x")] == kept


def test_a_rate_compared_with_whose_measure_is_named_after_it_is_the_compared_ones():
    from factx import extract

    fs = {f.text: f for f in extract("1-2月，甲省固定资产投资两年平均增长7.5%，高于全国同期1.7%的两年平均增速。", doc="x")}
    f = fs["1.7%"]
    assert (f.role, f.direction, f.subject, f.metric) == ("delta", "up", "全国", "两年平均增速"), (f.role, f.subject, f.metric)
    # (a growth named after its own rate stays the sentence's)
    f = extract("工业机器人出口实现45.2%的增长。", doc="x")[0]
    assert (f.rule_id, f.metric) == ("role.growth_after_de", "工业机器人出口")


def test_a_lexicon_alternation_splits_at_its_top_level_bars_only():
    from factx.attribute import _alternatives

    # (a group or class holding a bar is one alternative: 我们(?=预计|预测) was cut in three)
    assert _alternatives("(?:我们|笔者)(?:预计|认为)|一方面|[甲|乙]方|同期(?![增减])|\\|号") == [
        "(?:我们|笔者)(?:预计|认为)", "一方面", "[甲|乙]方", "同期(?![增减])", "\\|号",
    ]


def test_a_forecasters_we_is_no_part_of_the_measure():
    from factx import extract

    fs = extract("我们预计公司2025-2027年归母净利润分别为9.2/11.5/14.1亿元。笔者认为全年销量将增长15%。", doc="x")
    assert [(f.metric, f.subject) for f in fs] == [("归母净利润", "公司")] * 3 + [("销量", None)]


def test_a_measure_before_a_forecast_verb_is_no_speaker_owning_the_next_clause():
    from factx import extract

    # (年产值预计…: the measure is forecast; the jobs are still the project's, not 年产值's)
    fs = extract("该项目总投资85亿元，年产值预计200亿元，带动就业5000人。", doc="x")
    assert [(f.text, f.subject) for f in fs] == [("85亿元", "该项目"), ("200亿元", "该项目"), ("5000人", "该项目")]


def test_a_rates_level_after_a_change_in_points_is_the_level_reached():
    from factx import extract

    a, b = extract("出口增速比上月回升2.1个百分点，至7.6%。", doc="x")
    assert (a.role, a.direction) == ("delta", "up")
    assert (b.role, b.direction, b.metric, b.claim) == ("after", "up", "出口增速", a.claim)


def test_an_unresolved_firm_anaphor_takes_no_other_anaphor():
    from factx import extract

    fs = extract("该县贫困发生率从2014年的21.3%降到2019年的0.6%。\n该公司股价年内累计涨幅超过40%。", doc="x")
    assert fs[-1].text == "40%" and fs[-1].subject == "该公司", fs[-1].subject


@pytest.mark.parametrize("text, metric", [("全市平均气温为15℃，最高气温为38℃。", "最高气温"), ("全市降雨量达286毫米，最大雨强为78.5毫米。", "最大雨强")])
def test_an_extreme_or_average_after_a_figure_is_a_measure_of_its_own_not_a_parallel_owner(text, metric):
    from factx import extract

    a, b = extract(text, doc="x")
    assert (b.metric, b.subject) == (metric, "全市"), (b.metric, b.subject)


def test_a_span_of_years_written_with_both_years_is_one_period_and_a_forecasting_third_party_no_owner():
    from factx import extract

    fs = extract("机构预计公司2024年至2026年每股收益分别为11.62元、13.61元和15.76元。", doc="x")
    assert [(f.metric, f.subject, f.period) for f in fs] == [("每股收益", "公司", y) for y in ("2024年", "2025年", "2026年")]
    f = extract("从2019年到2023年，全市GDP年均增长6.5%。", doc="x")[0]
    assert f.period == "2019年到2023年", f.period


def test_a_rank_earned_by_the_figure_just_named_is_that_figures_owners():
    from factx import extract

    fs = extract("其中，万科以2150亿元位居第二，保利发展以2310亿元位居第一。", doc="x")
    assert [(f.text, f.subject) for f in fs] == [("2150亿元", "万科"), ("第二", "万科"), ("2310亿元", "保利发展"), ("第一", "保利发展")]


@pytest.mark.parametrize(
    "text",
    [
        "公司控股股东累计质押股份1.2亿股，占其所持公司股份的45.6%。截至10月底，公司累计回购股份3560万股。",  # 占其所持公司
        "公司拟以不超过15元/股的价格回购股份，回购资金总额不低于1亿元。",  # 的价格回购股份
    ],
)
def test_words_of_holding_or_a_deed_on_shares_make_no_firms_name(text):
    from factx import extract

    fs = extract(text, doc="x")
    assert all(f.subject in (None, "公司", "控股股东累计质押股份") for f in fs), [(f.text, f.subject) for f in fs]


@pytest.mark.parametrize(
    "np, split",
    [
        ("TOP100房企实现销售操盘金额", ("TOP100房企", "销售操盘金额")),  # a deed between the set and its measure
        ("前十强房企实现销售额", ("前十强房企", "销售额")),  # a top set written in Chinese
        ("百强房企销售额", ("百强房企", "销售额")),
        ("TOP10房企拿地金额", ("TOP10房企", "拿地金额")),
    ],
)
def test_a_top_set_owns_its_measure(np, split):
    from factx.attribute import split_subject
    from factx.pipeline import default_engine

    assert split_subject(np, default_engine().lex) == split


@pytest.mark.parametrize(
    "text, metric",
    [
        ("布伦特原油期货价格每桶上涨0.8美元。", "价格"),  # the unit it is per, then the verb
        ("黄金现货价格突破每盎司2400美元。", "黄金现货价格"),
        ("基本每股收益0.5元。", "基本每股收益"),  # 每股 inside a measure's name stays
    ],
)
def test_the_unit_a_price_is_quoted_per_is_no_part_of_its_measure(text, metric):
    from factx import extract

    assert extract(text, doc="x")[0].metric == metric


def test_a_second_share_right_after_a_share_is_the_same_parts():
    from factx import extract

    fs = extract("公司控股股东累计质押股份1.2亿股，占其所持公司股份的45.6%，占公司总股本的12.3%。", doc="x")
    assert [f.subject for f in fs[1:]] == ["控股股东累计质押股份"] * 2, [(f.text, f.subject) for f in fs]


def test_a_run_of_changes_after_fenbie_pairs_with_a_run_of_levels_after_fenbie_in_one_clause():
    from factx import extract

    fs = extract("前三季度，广东、江苏、山东三省GDP分别为10.3万亿元、9.3万亿元和7.2万亿元，同比分别增长3.4%、5.8%和5.8%。", doc="x")
    levels, changes = fs[:3], fs[3:]
    assert [f.claim for f in changes] == [f.claim for f in levels], [(f.text, f.claim) for f in fs]
    assert [f.subject for f in changes] == ["广东", "江苏", "山东"]


def test_a_figure_after_a_clause_saying_which_way_its_measure_went_measures_it():
    from factx import extract

    [f] = extract("人口自然增长率为负，为-0.80‰。", doc="x")
    assert f.metric == "人口自然增长率"


@pytest.mark.parametrize(
    "text, metric, subject",
    [
        ("10月份，全国居民消费价格同比、环比分别下降0.2%和0.1%。", "居民消费价格", "全国"),  # bases listed, no owners
        ("10月CPI同比、环比分别下降0.2%和0.1%。", "CPI", None),
    ],
)
def test_comparison_bases_listed_before_fenbie_are_no_owners(text, metric, subject):
    from factx import extract

    fs = extract(text, doc="x")
    assert [(f.metric, f.subject) for f in fs] == [(metric, subject)] * 2


def test_two_names_compared_each_with_its_rate_in_brackets():
    from factx import extract

    a, b = extract("农村降幅（0.3%）大于城市（0.2%）。", doc="x")
    assert (a.subject, a.metric, a.role, a.direction) == ("农村", "降幅", "delta", "down")
    assert (b.subject, b.metric, b.role, b.direction) == ("城市", "降幅", "delta", "down")


def test_a_known_name_heading_a_longer_word_is_no_name_there():
    from factx import extract

    fs = extract("研究共纳入1.2万名受试者。全市研究生招生2.1万人，增长8.3%。", doc="x")
    assert [(f.metric, f.subject) for f in fs[1:]] == [("研究生招生", "全市")] * 2, [(f.metric, f.subject) for f in fs]


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("服药组心血管事件发生率为3.2%，安慰剂组为4.8%。", [("服药组", "心血管事件发生率"), ("安慰剂组", "心血管事件发生率")]),
        ("试验组的有效率为85%，对照组为62%。", [("试验组", "有效率"), ("对照组", "有效率")]),
    ],
)
def test_the_arms_of_a_study_own_their_rates(text, pairs):
    from factx import extract

    assert [(f.subject, f.metric) for f in extract(text, doc="x")] == pairs


def test_a_trade_bodys_statistics_are_its_trades_and_a_places_brands_are_no_place():
    from factx import extract

    fs = extract("据中国汽车工业协会统计，1-10月，新能源汽车销量1286.6万辆。其中，纯电动汽车销量756.2万辆。", doc="x")
    assert [f.subject for f in fs] == [None, None], [f.subject for f in fs]
    # (its own certified races stay its own)
    [f] = extract("中国田径协会发布了报告。其中，中国田径协会认证的A类赛事223场。", doc="x")
    assert f.subject == "中国田径协会"
    [f, _] = extract("中国品牌乘用车销量1567.3万辆，同比增长21.6%。", doc="x")
    assert (f.subject, f.metric) == (None, "中国品牌乘用车销量")


def test_a_level_naming_again_the_measure_its_change_just_moved_is_the_level_reached():
    from factx import extract

    fs = {f.text: f for f in extract("陆股通持股比例较三季末增长0.6个百分点，持股4.32%，跃升至第三大股东。", doc="x")}
    f = fs["4.32%"]
    assert (f.role, f.direction, f.claim) == ("after", "up", fs["0.6个百分点"].claim)


def test_a_rank_told_among_a_field_ranks_the_measure_before_it_and_the_field_owns_nothing():
    from factx import extract

    fs = {f.text: f for f in extract("该市GDP达到5000亿元，在全省各市中排名第三。", doc="x")}
    assert (fs["第三"].metric, fs["第三"].subject) == ("GDP", "该市")
    fs = {f.text: f for f in extract("港口货物吞吐量3.2亿吨，在全国沿海港口当中位居第九位。", doc="x")}
    assert fs["第九位"].metric == "港口货物吞吐量"
    # (a field named without 在…中 is still what is ranked: 位居全国省级电网第一)
    [f] = extract("售电量位居全国省级电网第一。", doc="x")
    assert f.metric == "售电量"


def test_completed_opening_a_measure_is_no_part_of_it_but_a_plan_completed_is_measured():
    from factx import extract

    fs = {f.text: f for f in extract("全年完成货邮吞吐量42.86万吨。1-10月完成固定资产投资120亿元。全年完成率为95%。", doc="x")}
    assert fs["42.86万吨"].metric == "货邮吞吐量"
    assert fs["120亿元"].metric == "固定资产投资"
    assert fs["95%"].metric == "完成率"
    [_, f] = extract("公司实现营业收入29.68亿元，完成全年计划的45.35%。", doc="x")
    assert f.metric.startswith("完成全年计划")


def test_a_film_season_is_a_period_and_a_data_platform_cited_owns_nothing():
    from factx import extract

    [f] = extract("据电影数据平台“影数通”统计，2025年国庆档（10月1日至7日）全国电影总票房达21.37亿元。", doc="x")
    assert (f.subject, f.metric) == ("全国", "电影总票房")
    assert "国庆档" in f.period
    [f] = extract("今年国庆档七天，全国电影总票房收获21.4亿元。", doc="x")
    assert (f.subject, f.metric) == ("全国", "电影总票房")
    # (收获 in a measure's name stays: 收获面积)
    [f] = extract("全年粮食收获面积1.2亿亩。", doc="x")
    assert f.metric == "粮食收获面积"


def test_the_year_befores_level_named_after_a_figure_does_not_date_it():
    from factx import extract

    now, before = extract("全市细颗粒物年均浓度为31.4微克/立方米，上年为35.2微克/立方米。", doc="x")
    assert now.period is None
    assert before.period == "上年"
    # (a period named later with no level of its own still dates the figure: 营收863亿元 上半年)
    [f] = extract("公司实现营业收入863亿元，为上半年历史新高。", doc="x")
    assert f.text == "863亿元"


def test_a_graduating_class_named_by_its_year_is_a_period_not_a_figure():
    from factx import extract

    facts = extract("2022届全区普通高校毕业生达12.6万人，比上届增加0.8万人。", doc="x")
    assert [f.text for f in facts] == ["12.6万人", "0.8万人"]
    assert (facts[0].metric, facts[0].subject, facts[0].period) == ("普通高校毕业生", "全区", "2022届")


def test_years_counted_after_an_event_are_no_holiday_period():
    from factx import extract

    [f] = extract("毕业生半年后的月收入为4120元。", doc="x")
    assert f.period is None or "年后" not in f.period
    a, b = extract("年前一斤8元，年后降至4元。", doc="x")
    assert (a.period, b.period) == ("年前", "年后")


def test_a_title_before_yi_owns_its_figure_also_after_words_telling_its_kind():
    from factx import extract

    facts = extract("纪录片《江河万里》以2.15亿元排名第三，《远山》和《灯塔》分别以1.08亿元和0.74亿元位列第四、第五。", doc="x")
    assert [(f.text, f.subject) for f in facts] == [
        ("2.15亿元", "《江河万里》"), ("第三", "《江河万里》"),
        ("1.08亿元", "《远山》"), ("0.74亿元", "《灯塔》"), ("第四", "《远山》"), ("第五", "《灯塔》"),
    ]
    assert all("以" not in (f.metric or "") for f in facts)


def test_a_platform_cited_after_the_dateline_is_not_the_articles_subject():
    from factx import extract

    text = (
        "端午档三天票房6.12亿元\n\n"
        "本报上海6月3日电（记者 周宁）据票务数据平台“票通”统计，端午档三天全国电影票房达6.12亿元。"
    )
    facts = extract(text, doc="x")
    assert facts and all(f.subject != "票务数据平台" and "票通" not in (f.subject or "") for f in facts)


def test_a_figure_in_brackets_after_a_name_given_by_shi_is_that_names():
    from factx import extract

    facts = extract("各设区市中，空气优良天数比例最高的是丽江(98.6%)，其次是普洱(97.9%)；最低的是昭通(91.2%)。", doc="x")
    assert [f.subject for f in facts] == ["丽江", "普洱", "昭通"]
    assert all(f.metric and "是" not in f.metric for f in facts)
    [f] = extract("增速最快的是江西（6.9%）。", doc="x")
    assert (f.subject, f.metric) == ("江西", "增速")


def test_a_title_alone_before_a_figure_is_whose_figure_it_is():
    from factx import extract

    facts = extract("春节档五天票房48.6亿元 《山海行》19.2亿元夺冠", doc="x")
    assert (facts[-1].text, facts[-1].subject, facts[-1].metric) == ("19.2亿元", "《山海行》", "五天票房")


def test_a_short_name_defined_in_brackets_is_whose_figures_they_are():
    from factx import extract

    facts = extract("江南长风酿造股份有限公司(以下简称“长风”)去年营业收入12.4亿元，同比增长8.1%。", doc="x")
    assert [(f.subject, f.metric) for f in facts] == [("长风", "营业收入"), ("长风", "营业收入")]
    # a defined common word leaves the name itself
    [f] = extract("北岭环保科技股份有限公司（以下简称“公司”）全年营业收入3.2亿元。", doc="x")
    assert f.subject == "北岭环保科技股份有限公司"
    # a measure's defined short name is no part of the measure
    [f] = extract("公司实现扣除非经常性损益的净利润(简称扣非净利润)4120.5万元。", doc="x")
    assert f.metric == "扣除非经常性损益的净利润"


def test_the_end_of_a_bracketed_note_is_no_part_of_the_name_after_it():
    from factx.attribute import _tidy_subject, _default_lexicon

    lex = _default_lexicon()
    assert _tidy_subject(")平原县", lex) == "平原县"
    assert _tidy_subject("记者 林青)江北银行", lex) == "江北银行"
    assert _tidy_subject("平原县", lex) == "平原县"


def test_a_figure_inside_an_open_bracket_is_measured_by_the_note():
    from factx import extract

    [f] = extract("公司新开一家大型门店(城东店营业面积1.5万平方米)。", doc="x")
    assert f.metric == "城东店营业面积"
    [f] = extract("城南快速路(预计工期3年)将于明年开工。", doc="x")
    assert f.metric == "工期"
    # a note that names no measure (占) leaves the phrase it is on
    [f] = extract("受访者最看重的因素是价格(占41%)。", doc="x")
    assert f.metric.endswith("价格") and "(" not in f.metric


def test_an_announcements_figures_are_its_issuers():
    from factx import extract

    text = (
        "证券代码:600999 证券简称:北岭环保 公告编号:2024-012\n"
        "北岭环保科技股份有限公司2023年度业绩快报\n"
        "单位:万元\n"
        "项目 | 本报告期 | 上年同期 |\n"
        "营业总收入 | 32,118.40 | 28,004.12 |\n"
        "营业利润 | 4,210.77 | 3,986.05 |\n"
    )
    facts = [f for f in extract(text, doc="x") if f.table]
    assert facts and {f.subject for f in facts} == {"北岭环保科技股份有限公司"}
    # no header, no issuer
    facts = [f for f in extract(text.split("\n", 2)[2], doc="x") if f.table]
    assert facts and all(f.subject != "北岭环保科技股份有限公司" for f in facts)


def test_a_wire_tag_before_a_coded_name_leaves_the_name_whose_figures_follow():
    from factx import extract

    text = "【新闻社讯】江北港务(09999.HK)公布中期业绩,营业额12.4亿元。\n散货业务收入5.1亿港元,集装箱业务收入3.2亿港元。"
    facts = extract(text, doc="x")
    assert [f.subject for f in facts[-2:]] == ["江北港务", "江北港务"]


def test_a_change_of_another_measure_after_a_level_and_its_base_is_a_claim_of_its_own():
    from factx import extract

    facts = extract("云端业务三季度收入8亿元,去年同期为9亿元,同比有所减少,但毛利率同比翻番至31.0%。", doc="x")
    by = {f.text: f for f in facts}
    assert (by["8亿元"].role, by["8亿元"].direction) == ("after", "down")
    assert by["翻番"].claim != by["8亿元"].claim and by["翻番"].metric == "毛利率"
    # the change of the same measure is the level's
    facts = extract("云端业务三季度收入8亿元,去年同期为9亿元,同比下降11.1%。", doc="x")
    assert len({f.claim for f in facts}) == 1


def test_a_bound_on_a_named_measure_is_measured_by_it_not_by_the_things_counted():
    from factx import extract

    facts = extract("全省营业收入超过5亿元的企业有12家，超过10亿元的有4家。", doc="x")
    by = [(f.text, f.metric) for f in facts]
    assert by[0] == ("5亿元", "营业收入") and by[1] == ("12家", "企业")
    # a count with no noun of its own counts what the last count in its unit did
    assert by[3] == ("4家", "企业")
    # a figure with no measure of its own after a count: the last measure in its unit
    facts = extract("全省电动车保有量超过50万辆的城市有6个，杭州超过120万辆。", doc="x")
    assert [(f.text, f.metric) for f in facts] == [("50万辆", "电动车保有量"), ("6个", "城市"), ("120万辆", "电动车保有量")]


def test_a_paragraph_opening_on_dangzhong_breaks_down_the_one_before():
    from factx import extract

    text = "随着需求回升，集团上半年的总售气量增长18%至40.2亿立方米。\n当中工业售气量录得20.1亿立方米，上升25%。"
    facts = extract(text, doc="x")
    assert [f.subject for f in facts if "工业" in (f.metric or "")] == ["集团", "集团"]


def test_a_level_restated_against_a_base_year_keeps_the_measure_before_it():
    from factx import extract

    facts = extract("2020年全县农民人均纯收入15200元，是1990年400元的38倍。", doc="x")
    assert [f.metric for f in facts] == ["农民人均纯收入"] * 3


def test_a_measure_naming_its_own_sector_does_not_take_the_sector_before_as_owner():
    from factx import extract

    text = "临江市经济运行简况。分产业看，第一产业增长4.2%，二产增加值为310.5亿元，第三产业增加值402.8亿元。"
    got = {f.text: (f.subject, f.metric) for f in extract(text, doc="x")}
    assert got["4.2%"][0] == "第一产业"
    assert got["310.5亿元"] == ("临江市", "二产增加值")
    assert got["402.8亿元"] == ("临江市", "第三产业增加值")


@pytest.mark.parametrize(
    "text, want",
    [
        # 分别占…的 after figures of the clauses before: each share is of the figure's measure, in order
        ("江北港口岸。2024年，江北港全年靠泊货轮380艘次，接待旅客95.2万人次，分别约占全省总量的21%和35%。",
         {"21%": ("占全省总量", "靠泊货轮"), "35%": ("占全省总量", "接待旅客")}),
        # or of the figure's owner, where each names its own
        ("星河软件业绩。来自云服务业务的收入为人民币12.5亿元，来自硬件及其他业务的收入为人民币4.2亿元，分别占总收入的75%和25%。",
         {"75%": ("占总收入", "云服务业务"), "25%": ("占总收入", "硬件及其他业务")}),
        # 占比分别为 after a list of figures of one owner
        ("1-6月，全省新能源汽车产量18.6万辆、充电桩保有量2.4万个，占比分别为12.5%和30.1%。",
         {"12.5%": ("占比", "新能源汽车产量"), "30.1%": ("占比", "充电桩保有量")}),
    ],
)
def test_shares_after_the_figures_of_the_clauses_before_go_to_them_in_order(text, want):
    from factx import extract

    got = {f.text: (f.metric, f.subject) for f in extract(text, doc="x")}
    assert {k: got.get(k) for k in want} == want


def test_sectors_listed_as_bare_ordinals_are_the_economys_sectors():
    from factx import extract

    got = {f.text: (f.metric, f.subject) for f in extract("临江市经济。一、二产业比重分别下降0.75、0.32个百分点。", doc="x")}
    assert got == {"0.75": ("比重", "第一产业"), "0.32个百分点": ("比重", "第二产业")}
    # an enumeration heading still is one
    assert [f.metric for f in extract("一、工业生产增长5%。", doc="x")] == ["工业生产"]
    # and a ratio of two sectors is named as a whole, its parts the region's
    assert {f.subject for f in extract("全区经济。二、三产业比例为72.8:27.2。", doc="x")} == {"全区"}


def test_the_currency_a_change_is_counted_in_is_no_measure():
    from factx import extract

    text = "港口业务。集装箱装卸收入18.6亿港元，较上年增加12.4%，以人民币计算增长8.3%；按不变汇率计算增长9.1%。"
    got = {f.text: f.metric for f in extract(text, doc="x")}
    assert got["8.3%"] == got["9.1%"] == "集装箱装卸收入"


def test_parts_listed_after_a_measure_and_a_colon_own_their_figures():
    from factx import extract

    text = "全省水利设施。各类型水库库容分别为：大型水库86.2亿立方米、中型水库21.5亿立方米、小型水库9.8亿立方米。"
    got = {f.text: (f.metric, f.subject) for f in extract(text, doc="x")}
    assert got == {
        "86.2亿立方米": ("水库库容", "大型水库"), "21.5亿立方米": ("水库库容", "中型水库"), "9.8亿立方米": ("水库库容", "小型水库"),
    }
    # measures listed after the colon stay measures
    got = {f.text: f.metric for f in extract("主要指标为：营业收入12.5亿元，净利润3.1亿元。", doc="x")}
    assert got == {"12.5亿元": "营业收入", "3.1亿元": "净利润"}


def test_a_stock_quote_in_brackets_after_a_name_leaves_it_the_owner():
    from factx import extract

    fs = extract("据公告，长江客车(12.170, 0.00, 0.00%)上半年累计销售8120台，同比增长15.2%。", doc="x")
    got = {f.text: (f.metric, f.subject) for f in fs}
    assert got["8120台"] == ("累计销售", "长江客车") and got["15.2%"][1] == "长江客车"


@pytest.mark.parametrize(
    "text",
    [
        "上半年，城镇居民人均消费支出15230元，在全国31个省份中居第12位，位次与上年同期持平，同比增长9.4%。",
        "上半年，城镇居民人均消费支出15230元，居全国第12位，同比增长9.4%。",
    ],
)
def test_a_change_after_the_place_a_level_holds_is_the_levels(text):
    from factx import extract

    got = {f.text: (f.metric, f.subject) for f in extract(text, doc="x")}
    assert got["9.4%"] == got["15230元"] == ("人均消费支出", "城镇居民")


def test_a_change_from_the_level_named_before_de_jichu_shang():
    from factx import extract

    text = "扩建后的码头岸线总长度将在目前820米的基础上延伸至1500米。"
    got = {f.text: (f.role, f.metric, f.claim) for f in extract(text, doc="x")}
    assert got["820米"][:2] == ("before", "码头岸线总长度") and got["1500米"][:2] == ("after", "码头岸线总长度")
    assert got["820米"][2] == got["1500米"][2]


def test_a_place_held_in_a_counted_field_ranks_the_measure_before_it():
    from factx import extract

    text = "上半年，城镇居民人均消费支出15230元，在全国31个省份中居第12位。"
    got = {f.text: (f.metric, f.subject) for f in extract(text, doc="x")}
    assert got["第12位"] == ("人均消费支出", "城镇居民")


def test_a_count_of_a_noun_opening_with_zhong_sets_no_field():
    from factx import extract

    text = "2010年星洲共签发了8万个中国留学生签证，比2009年增长了25%。"
    got = {f.text: f.metric for f in extract(text, doc="x")}
    assert got["25%"] == got["8万个"] == "中国留学生签证"


def test_the_whole_where_a_deed_is_done_is_not_who_does_it():
    from factx import extract

    text = "今年,省水利厅在全市12个区县新建泵站85座,投入资金3亿元;在全省9个市州47个县区新建、改扩建水厂120座,投入4亿元。"
    got = {f.text: f.subject for f in extract(text, doc="x")}
    assert got["120座"] == got["4亿元"] == "省水利厅"
    # a group a figure is picked from still names its whole
    got = {f.text: f.subject for f in extract("在全市60周岁以上老年人口中:60-69周岁老年人67.10万人。", doc="x")}
    assert got["67.10万人"] == "全市"


def test_digits_of_a_latin_name_before_nian_are_no_year():
    from factx import extract

    fs = extract("全市空气质量。PM10年均浓度为58微克/立方米。", doc="x")
    assert [(f.period, f.metric) for f in fs] == [(None, "PM10年均浓度")]
