"""A report's own short sentence that names a page-chrome word (阅读量, 微信公众号, 二维码) is the body.

A blind battery's paragraph (公众号发布普法信息…，累计阅读量达到…人次。) was dropped whole as a hit counter,
and a text of that paragraph alone was refused as "only page chrome". A short line that ends a sentence and
holds a clause break is kept, unless a counter follows the word (阅读量：1460) or the line starts as chrome.
"""

from __future__ import annotations

import pytest

from fazhi.reading import read

_TITLE = "某县2024年法治政府建设年度报告"
_OPENING = "2024年，我县深入推进法治政府建设，各项工作取得新成效。"


def _read_text(page: str) -> str:
    return read(page.encode("utf-8"), name="page.txt").as_dict()["text"]


@pytest.mark.parametrize(
    "line",
    [
        "“法润某县”微信公众号全年推送普法信息980条，累计阅读量达到41.5万人次。",
        "制作普法二维码展板60块，群众扫码学法1.2万人次。",
        "区政府门户网站法治政府建设专栏全年访问量超过20万人次，较上年增长12%。",
        # a site's organiser and host are chrome (承办单位：…), a hotline's handling units are not
        "区12345热线承办单位对于群众反映的各类问题，在规定时限内办结的比例达到98.9%。",
        "人大代表建议的主办单位均在法定期限内答复，满意率100%。",
        # a count with its measure word after 阅读量 is the sentence's figure, not a hit counter
        "开设普法专栏，全年推送信息530条，阅读量12万次；线下发放资料4.2万份。",
    ],
)
def test_a_short_sentence_naming_chrome_words_is_kept(line):
    assert line in _read_text(f"{_TITLE}\n{_OPENING}\n{line}\n")


@pytest.mark.parametrize(
    "line",
    [
        "阅读量：1460",
        "浏览次数：2361 【字体：大 中 小】",
        "扫一扫在手机打开当前页",
        "微信公众号 官方微博 手机版",
        "主办单位：某县人民政府办公室 承办单位：某县大数据中心",
    ],
)
def test_a_counter_or_a_menu_stays_chrome(line):
    assert line not in _read_text(f"{line}\n{_TITLE}\n{_OPENING}\n")


def test_a_paragraph_of_one_such_sentence_is_read():
    reading = read("“法润”公众号发布普法信息1460条，累计阅读量达到58.2万人次。".encode(), name="p.txt")
    assert [float(f.value) for f in reading.facts] == [1460, 582000]
