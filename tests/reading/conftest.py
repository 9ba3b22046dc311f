from __future__ import annotations

from pathlib import Path

import pytest

from fazhi.reading import read

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def read_text(text: str, encoding: str = "utf-8"):
    """Read ``text`` as the bytes of a file in ``encoding``."""
    return read(text.encode(encoding), name="<test>")


def kind_of(text: str) -> str:
    """The kind ``read`` gives ``text`` (annual_report, not_report, uncertain…)."""
    return read_text(text).kind


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8")


def expect(reading, expected: dict) -> None:
    """Assert each field of ``expected`` on ``reading``: a ``Reading`` attribute by its name, or
    ``region_name`` (the region's name, None without one), ``region_ends`` (the region's name
    ends with it), ``level_is_not``, ``issuer_is_not``, ``year_is_not``, ``text_lacks`` (not in the text)."""
    for key, want in expected.items():
        if key == "region_name":
            got = reading.region["name"] if reading.region else None
            assert got == want, (key, got)
        elif key == "region_ends":
            assert reading.region["name"].endswith(want), (key, reading.region)
        elif key == "level_is_not":
            assert reading.level != want, key
        elif key == "issuer_is_not":
            assert reading.issuer != want, key
        elif key == "year_is_not":
            assert reading.year != want, key
        elif key == "text_lacks":
            assert want not in reading.text, key
        else:
            got = getattr(reading, key)
            assert got == want, (key, got)


# A report's body with results, shortcomings and next year's plan, for pages whose head is the case.
THREE_PARTS_BODY = (
    "一、2023年法治政府建设主要成效\n"
    "（一）加强组织领导。全年召开专题会议研究法治政府建设工作，审核规范性文件14件，"
    "开展法治培训9场次，各项工作稳步推进，依法行政水平持续提升。\n"
    "二、存在的不足\n"
    "基层执法力量仍然薄弱，执法人员法律素养有待提高，个别单位学法用法的主动性不强。\n"
    "三、2024年工作打算\n"
    "继续完善依法决策机制，加强执法监督，深入开展法治宣传教育，推动法治政府建设再上台阶。\n"
)
# A county's dated opening sentence, speaking of its own work, for pages whose head is the case.
COUNTY_OPENING = "2023年，淳安县坚持以习近平法治思想为指导，全县法治政府建设取得新成效。\n"
