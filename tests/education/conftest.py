from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.education import actions

DAY = dt.date(2025, 3, 12)

REPORT_TEXT = """德清县市场监督管理局局长2025年度述法报告

一、履行推进法治建设第一责任人职责情况
本人认真履行推进法治建设第一责任人职责，主持召开专题会议研究法治建设。

二、存在的问题
执法人员法律素养有待进一步提高。

三、下一步工作打算
继续加强学法用法。
"""


def session(actor, unit, *, held_on=DAY, kind="executive_meeting", **extra):
    extra.setdefault("topic", "学习《中华人民共和国行政复议法》")
    extra.setdefault("speaker", "司法局法制科科长")
    return actions.record_study_session(actor, unit, kind=kind, held_on=held_on, **extra)


def report_file(text: str = REPORT_TEXT, name: str = "述法报告.txt"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/plain")


def report(actor, unit, **extra):
    extra.setdefault("year", 2025)
    extra.setdefault("reporter", "周立新")
    extra.setdefault("position", "局长")
    extra.setdefault("reported_on", dt.date(2026, 1, 15))
    extra.setdefault("text_file", report_file())
    return actions.submit_report(actor, unit, **extra)


def published_list(actor, unit, year=2025):
    responsibility_list = actions.draft_list(
        actor, unit, year=year, items="向经营者讲解《反不正当竞争法》\n向消费者讲解《消费者权益保护法》"
    )
    return actions.publish_list(actor, responsibility_list, published_on=dt.date(2025, 2, 1))


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


# kind of record -> a function recording its ``index``-th record of ``unit`` (dates going back a day each)
RECORDERS = {
    "topics": lambda actor, unit, i: actions.plan_topic(
        actor, unit, year=2025, month=1 + i % 12, topic=f"议题{i}"
    ),
    "study": lambda actor, unit, i: session(actor, unit, held_on=DAY - dt.timedelta(days=i)),
    "exams": lambda actor, unit, i: actions.record_exam(
        actor, unit, kind="annual", held_on=DAY - dt.timedelta(days=i), title=f"考试{i}", takers=10, passed=9
    ),
    "oaths": lambda actor, unit, i: actions.record_oath(
        actor, unit, held_on=DAY - dt.timedelta(days=i), presided_by="县长", swearers="甲\n乙"
    ),
    "reports": lambda actor, unit, i: report(actor, unit, reporter=f"述法人{i}"),
    "lists": lambda actor, unit, i: actions.draft_list(actor, unit, year=2025 - i, items="向群众讲解"),
    "cases": lambda actor, unit, i: actions.record_case(
        actor, unit, held_on=DAY - dt.timedelta(days=i), case_title=f"案例{i}", lesson="讲解", audience="群众"
    ),
    "activities": lambda actor, unit, i: actions.record_activity(
        actor,
        unit,
        kind="campaign",
        held_on=DAY - dt.timedelta(days=i),
        title=f"活动{i}",
        place="广场",
        audience="居民",
    ),
    "materials": lambda actor, unit, i: actions.record_material(
        actor, unit, form="leaflet", title=f"资料{i}", issued_on=DAY - dt.timedelta(days=i), copies=100
    ),
    "sites": lambda actor, unit, i: actions.name_site(
        actor, unit, name=f"示范村{i}", kind="village", level="county", year=2025
    ),
    "schools": lambda actor, unit, i: _school_with_principal(actor, unit, i),
}


def _school_with_principal(actor, unit, index):
    school = actions.add_school(actor, unit, name=f"学校{index}")
    actions.appoint_vice_principal(
        actor,
        school,
        name="王法官",
        employer="县法院",
        starts_on=dt.date(2024, 9, 1),
        ends_on=dt.date(2027, 8, 31),
    )
    return school
