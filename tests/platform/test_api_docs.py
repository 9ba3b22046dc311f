"""The API's docs are in Chinese and work offline (issue 11 §7: raw codes and English in the API docs)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def schema(client):
    return client.get("/api/openapi.json").json()


def operations(schema):
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            yield f"{method.upper()} {path}", operation


def test_the_api_has_a_chinese_title_and_description(schema):
    assert HAN.search(schema["info"]["title"]) and HAN.search(schema["info"]["description"])
    assert "fazhi API" != schema["info"]["title"]


def test_every_operation_has_a_chinese_summary_and_chinese_tags(schema):
    listed = dict(operations(schema))
    assert len(listed) > 50
    assert [name for name, op in listed.items() if not HAN.search(op.get("summary") or "")] == []
    tags = {tag for op in listed.values() for tag in op.get("tags", [])}
    assert [tag for tag in tags if not HAN.search(tag)] == []
    assert {"重大行政决策", "年度计划与重点任务", "公开数据"} <= tags
    described = {tag["name"]: tag["description"] for tag in schema["tags"]}
    assert set(described) >= tags and all(HAN.search(text) for text in described.values())


def test_the_offices_own_apps_describe_every_operation_in_chinese(schema):
    mine = [
        (name, op)
        for name, op in operations(schema)
        if name.split(" ")[1].startswith(("/api/decisions", "/api/plans", "/api/orgs", "/api/me"))
    ]
    assert len(mine) >= 12
    assert [name for name, op in mine if not HAN.search(op.get("description") or "")] == []


def test_an_app_is_tagged_by_its_verbose_name_not_its_router(schema):
    from django.apps import apps

    from fazhi.api.main import app_tag

    assert app_tag(apps.get_app_config("decisions")) == "重大行政决策"
    assert schema["paths"]["/api/decisions"]["get"]["tags"] == ["重大行政决策"]


def test_the_docs_page_is_chinese_and_loads_nothing_from_elsewhere(client):
    page = client.get("/api/docs").content.decode()
    assert "<title>法治政府建设工作平台接口</title>" in page
    assert '"validatorUrl": null' in page  # Swagger UI would otherwise call validator.swagger.io
    for asset in re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", page):
        assert asset.startswith("/static/ninja/"), asset
        assert client.get(asset).status_code == 200, asset
