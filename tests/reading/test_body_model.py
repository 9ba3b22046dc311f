"""The learned body model (``body_model``): a page that names no reporting body and speaks of its
place (全县) is a bureau's when its organ words are a bureau's (各科室, 法规股, 分管副局长), and stays
its government's when they are a government's (各乡镇, 县直各部门, 县政府常务会议). Pages written for
this test; the model is asked only where nothing names the body."""

from __future__ import annotations

import random

import pytest

from fazhi.reading import body_model, read

# A county bureau's report cut below its title and opening: it says 全县 three times and never 我局.
BUREAU_EXCERPT = (
    "（一）加强组织领导。成立由局长任组长、分管副局长任副组长、各科室负责人为成员的法治建设领导小组，"
    "各股室、二级单位明确专人负责，将法治建设与业务工作同部署、同考核。\n"
    "（二）规范行政执法。严格落实行政执法三项制度，执法大队和各中队执法人员全部持证上岗，"
    "法规股对全年作出的行政处罚决定逐件审核。围绕全县中心工作，配合县委、县政府开展专项整治。\n"
    "（三）深化普法宣传。落实“谁执法谁普法”责任制，干部职工参加全县法治培训，"
    "各股室结合业务开展法律进企业、进社区活动，在全县范围发放宣传资料。\n"
)
# The county government's report cut the same way.
GOVERNMENT_EXCERPT = (
    "（一）加强组织领导。县政府常务会议专题研究法治政府建设4次，县政府主要负责同志履行第一责任人职责，"
    "各乡镇、县直各部门主要负责人分别签订责任书。全县把法治政府建设纳入年度综合考核。\n"
    "（二）规范行政执法。推进乡镇综合行政执法改革，各乡镇设立综合行政执法队，县司法局对县直部门的"
    "行政执法案卷开展评查。全县行政执法人员全部持证上岗。\n"
    "（三）深化普法宣传。我县落实“谁执法谁普法”责任制，各乡镇、各部门开展法律进企业、进社区活动，"
    "在全县范围发放宣传资料。\n"
)


def read_text(text: str):
    return read(text.encode("utf-8"), name="page.txt")


@pytest.fixture
def without_the_model(monkeypatch):
    monkeypatch.setattr(body_model, "ENABLED", False)


def test_the_weights_load_and_stay_small():
    bias, weights = body_model._weights()
    assert isinstance(bias, float)
    assert 1000 < len(weights)
    assert body_model.WEIGHTS.stat().st_size < 1_000_000
    assert all(not body_model.ORGAN_CHARACTERS.isdisjoint(gram) for gram in weights)


def test_the_features_are_only_organ_and_place_words():
    found = body_model.features("法规股审核处罚决定，全县推进")
    assert {"法规股", "规股", "全县", "县推进"} <= found
    assert not {"审核", "决定", "推进"} & found


def test_the_features_are_every_bigram_and_trigram_that_holds_an_organ_character():
    # features gathers them place by place around the characters (a speed pass): the same set as every
    # n-gram of the start, the text's edges and the scan's end included.
    rng = random.Random(3)
    pieces = ["局", "县", "府", "法", "治", "\n", "，", "a", "全市", "各科室"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14))) for _ in range(2000)]
    texts += [BUREAU_EXCERPT, GOVERNMENT_EXCERPT * 12]  # the second runs past SCAN_CHARS
    for text in texts:
        part = text[: body_model.SCAN_CHARS].replace("\n", "|")
        expected = {
            part[start : start + size]
            for size in body_model.NGRAMS
            for start in range(len(part) - size + 1)
            if not body_model.ORGAN_CHARACTERS.isdisjoint(part[start : start + size])
        }
        assert body_model.features(text) == expected, text


def test_an_unnamed_bureau_speaking_of_its_county_is_a_department():
    reading = read_text(BUREAU_EXCERPT)
    assert reading.level == "department"
    evidence = reading.as_dict()["metadata_evidence"]["level"]
    assert evidence["source"] == "model"
    assert "概率" in evidence["reason"]


def test_without_the_model_the_same_bureau_was_read_as_its_county(without_the_model):
    assert read_text(BUREAU_EXCERPT).level == "county"


def test_an_unnamed_government_stays_its_county():
    reading = read_text(GOVERNMENT_EXCERPT)
    assert body_model.probability(reading.text) < body_model.DEPARTMENT
    assert reading.level == "county"
    assert reading.as_dict()["metadata_evidence"]["level"]["source"] != "model"


def test_a_title_naming_only_its_place_over_a_bureaus_words_is_the_bureaus():
    reading = read_text("德清县2024年法治政府建设年度报告\n" + BUREAU_EXCERPT)
    assert (reading.level, reading.region) == ("department", {"name": "浙江省湖州市德清县", "code": "330521"})
    assert reading.as_dict()["metadata_evidence"]["level"]["source"] == "model"


def test_a_title_naming_only_its_place_over_a_governments_words_stays_the_government():
    reading = read_text("德清县2024年法治政府建设年度报告\n" + GOVERNMENT_EXCERPT)
    assert reading.level == "county"


@pytest.mark.parametrize(
    "page",
    [
        # a title names the government: its bureau-like words do not make it a bureau
        "柳塘县人民政府关于2024年度法治政府建设情况的报告\n" + BUREAU_EXCERPT,
        # a township speaks as 我镇
        "2024年，我镇深入推进依法行政，镇党委、镇政府专题研究法治建设3次。\n"
        "（一）全镇各村（社区）均配备法律顾问。\n（二）本镇综合行政执法队规范执法。\n",
    ],
    ids=["a_title_names_the_government", "a_township_speaks"],
)
def test_the_model_is_asked_only_where_nothing_names_the_body(page, monkeypatch):
    def asked(text: str) -> float:
        raise AssertionError("the body model was asked")

    monkeypatch.setattr(body_model, "probability", asked)
    assert read_text(page).level in ("county", "township")


def _training_script():
    import importlib.util
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))  # train_body_model imports train_kind_model beside it
    try:
        spec = importlib.util.spec_from_file_location("train_body_model", scripts / "train_body_model.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(scripts))
    return module


def test_the_training_script_learns_the_organ_words_and_writes_the_same_weights_twice(
    tmp_path, monkeypatch, capsys
):
    import json

    from fazhi.reading.accuracy import split_of

    trainer = _training_script()
    shipped = body_model.WEIGHTS
    # whatever the script does to the module, the tests after this one get it back as it was
    monkeypatch.setattr(body_model, "WEIGHTS", shipped)
    monkeypatch.setattr(body_model, "ENABLED", True)
    monkeypatch.setattr(body_model, "_weights", body_model._weights)
    heldout, corpus = tmp_path / "heldout", tmp_path / "corpus"
    for folder in (heldout, corpus / "dev", corpus / "seeds"):
        folder.mkdir(parents=True)
    (corpus / "dev" / "labels.json").write_text("{}", "utf-8")
    (corpus / "seeds" / "labels.json").write_text("{}", "utf-8")
    labels, number = {}, 0
    places = ["德清县", "安吉县", "长兴县", "桐乡市", "海宁市", "嘉善县", "平湖市", "海盐县"]
    for place in places:
        for level, text in (("department", BUREAU_EXCERPT), ("county", GOVERNMENT_EXCERPT)):
            while split_of(name := f"h{number:03d}.txt") != "tuning":
                number += 1
            number += 1
            (heldout / name).write_text(f"{place}2024年法治政府建设年度报告\n" + text, "utf-8")
            labels[name] = {"kind": "annual_report", "level": level}
    (heldout / "labels.json").write_text(json.dumps(labels, ensure_ascii=False), "utf-8")
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    args = ["--heldout", str(heldout), "--corpus", str(corpus), "--folds", "2"]
    assert trainer.main([*args, "--out", str(first)]) == 0
    printed = capsys.readouterr().out
    assert "training pages: 16 (8 departments)" in printed
    assert "cross-validated, from_a_fifth: level right" in printed
    assert trainer.main([*args, "--folds", "0", "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    weights = json.loads(first.read_text("utf-8"))["weights"]
    assert weights["各科室"] > 0 > weights["各乡镇"]
    # the script puts the shipped weights back, and the model on, when it is done
    assert body_model.WEIGHTS == shipped and body_model.ENABLED


@pytest.mark.parametrize(
    ("opening", "issuer"),
    [
        ("2024年，县市场监督管理局坚持依法行政，扎实推进法治政府建设。\n", "德清县市场监督管理局"),
        # after a sentence that frames the year, and with the other name it bears in brackets
        (
            "2024年是全面深化改革的关键之年。县市场监督管理局（县知识产权局）深入推进依法行政。\n",
            "德清县市场监督管理局",
        ),
        # the other side: a bureau of another level is not the place's own
        ("2024年，在市司法局指导下，我们深入推进依法行政。\n", None),
    ],
    ids=["after_the_year", "after_a_framing_sentence", "another_levels_bureau"],
)
def test_a_place_only_titles_bureau_is_named_by_its_opening(opening, issuer):
    reading = read_text("德清县2024年法治政府建设年度报告\n" + opening + BUREAU_EXCERPT)
    assert (reading.level, reading.issuer) == ("department", issuer)
    if issuer:
        evidence = reading.as_dict()["metadata_evidence"]["issuer"]
        assert (evidence["source"], evidence["confidence"]) == ("opening", "medium")


def test_a_bureau_is_put_only_under_a_place_named_by_its_name():
    from fazhi.reading.subject import place_bureau

    opening = ["2024年，县市场监督管理局坚持依法行政，扎实推进法治政府建设。"]
    assert place_bureau("德清县", opening) == "德清县市场监督管理局"
    assert place_bureau("我县", opening) is None
    assert place_bureau("湖州市", opening) is None  # a county's bureau under a city's name
    assert place_bureau("德清县", ["2024年，县委全面依法治县委员会办公室统筹推进。"]) is None
