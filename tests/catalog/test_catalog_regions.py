from fazhi.catalog import regions


def names(found):
    return [(r.full_name, r.code) for r in found]


def test_county_by_bare_name():
    assert names(regions.lookup("静安区")) == [("上海市静安区", "310106")]


def test_city_by_short_name():
    assert names(regions.lookup("泸州")) == [("四川省泸州市", "510500")]


def test_chain_narrows_to_one():
    assert names(regions.lookup("株洲市石峰区")) == [("湖南省株洲市石峰区", "430204")]
    assert names(regions.lookup("黑龙江省鸡西市滴道区")) == [("黑龙江省鸡西市滴道区", "230304")]


def test_ambiguous_name_lists_every_candidate_with_parents():
    found = names(regions.lookup("鼓楼区"))
    assert ("江苏省南京市鼓楼区", "320106") in found
    assert ("福建省福州市鼓楼区", "350102") in found
    assert len(found) >= 4


def test_chain_disambiguates():
    assert names(regions.lookup("福州市鼓楼区")) == [("福建省福州市鼓楼区", "350102")]


def test_province_and_municipality():
    assert names(regions.lookup("黑龙江省")) == [("黑龙江省", "230000")]
    shanghai = regions.get("310000")
    assert shanghai.level == "province"
    assert regions.get("310106").parent_code == "310000"


def test_unknown_and_empty():
    assert regions.lookup("不存在的地方") == []
    assert regions.lookup("") == []
    assert regions.lookup("   ") == []


def test_recent_districts_present():
    # 2021 changes in Hangzhou: an old table (cpca, ~2017) lacks these.
    assert names(regions.lookup("临平区")) == [("浙江省杭州市临平区", "330113")]
    assert names(regions.lookup("钱塘区")) == [("浙江省杭州市钱塘区", "330114")]


def test_abolished_district_maps_to_successor():
    assert names(regions.lookup("浙江省杭州市下城区")) == [("浙江省杭州市拱墅区", "330105")]


def test_township_carries_its_county():
    towns = regions.lookup_township("贤庠镇")
    assert [(t.full_name, t.county.code) for t in towns] == [("浙江省宁波市象山县贤庠镇", "330225")]


def test_township_under_city_without_counties():
    dongguan = regions.get("441900")
    towns = regions.lookup_township("东城街道", within=dongguan)
    assert [t.county.code for t in towns] == ["441900"]


def test_table_is_complete_enough():
    levels = {}
    for region in regions.all_regions():
        levels[region.level] = levels.get(region.level, 0) + 1
        assert len(region.code) == 6 and region.code.isdigit()
    assert levels["province"] == 34 - 3 or levels["province"] >= 31  # HK/MO/TW may lack codes
    assert levels["city"] >= 330
    assert levels["county"] >= 2800


def test_former_names_of_one_to_one_renames_give_the_region_now():
    former = regions.former_names()
    assert [r.full_name for r in former["宁乡县"]] == ["湖南省长沙市宁乡市"]  # from region_changes.tsv
    assert [r.full_name for r in former["章丘市"]] == ["山东省济南市章丘区"]  # kept by hand
    assert [r.code for r in former["宜宾县"]] == ["511504"]  # renamed 叙州区, kept by hand
    assert [r.full_name for r in former["襄樊市"]] == ["湖北省襄阳市"]  # a prefecture, kept by hand


def test_a_merged_or_current_name_is_not_a_former_name():
    former = regions.former_names()
    assert "下城区" not in former  # merged into 拱墅区: 拱墅区 is not what 下城区 was
    assert "桥东区" not in former  # 邢台's is gone, 张家口's is still a district
    assert all(len(name) >= 3 or name == "蓟县" for name in former)


def test_a_city_the_province_governs_directly_is_named_without_the_placeholder():
    # 潜江 and 济源 sit under the gazetteer's 省直辖行政区划 rows, which no one writes in a name.
    assert names(regions.lookup("潜江市")) == [("湖北省潜江市", "429005")]
    assert names(regions.lookup("济源市")) == [("河南省济源市", "419001")]


def test_a_zone_named_with_its_city_does_not_say_the_city_twice():
    # The gazetteer writes some zones with their city in front (怀化市洪江管理区).
    assert regions.get("431271").full_name == "湖南省怀化市洪江管理区"
    assert regions.get("130272").full_name == "河北省唐山市汉沽管理区"
