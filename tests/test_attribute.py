

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
