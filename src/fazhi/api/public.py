"""公开数据接口 (the public, login-free endpoints): the portal's open datasets per region and year.

The rows are the apps' own open datasets (``fazhi.core.opendata``), as the portal's downloads, so the API, the CSV and the JSON
downloads answer the same. Descriptions are in Chinese: these endpoints serve the public.
"""

from __future__ import annotations

from django.http import Http404
from ninja import Field, Router, Schema
from pydantic import create_model

from fazhi.core.deadlines import local_today
from fazhi.core.opendata import Dataset, datasets, public_region_or_404, public_regions

FIRST_YEAR = 2000  # the indicator rules' earliest year, as the portal's downloads

router = Router(tags=["公开数据"], auth=None)

PYTHON_TYPES = {"string": str, "date": str, "integer": int, "number": float, "boolean": bool}


def _codes_text(field) -> str:
    if not field.codes:
        return ""
    return "；代码表：" + "，".join(f"{code}={label}" for code, label in field.codes)


def _row_schema(dataset: Dataset) -> type[Schema]:
    fields = {}
    for field in dataset.fields:
        python_type = PYTHON_TYPES[field.type]
        if field.nullable:
            python_type = python_type | None
        description = (
            str(field.title) + ("（日期，YYYY-MM-DD）" if field.type == "date" else "") + _codes_text(field)
        )
        fields[field.name] = (python_type, Field(..., description=description))
    name = "".join(part.title() for part in dataset.slug.split("-")) + "Row"
    return create_model(name, __base__=Schema, **fields)


class RegionOut(Schema):
    code: str = Field(..., description="行政区划代码（GB/T 2260）")
    name: str = Field(..., description="地区全称")
    office: str = Field(..., description="发布单位（依法治县（市、区）办公室所在单位）")


class DatasetOut(Schema):
    slug: str = Field(..., description="数据集标识，用于接口和下载地址")
    title: str = Field(..., description="数据集名称")
    description: str = Field(..., description="数据集说明")


@router.get(
    "/regions", response=list[RegionOut], summary="公开数据的地区", auth=None, url_name="public_regions"
)
def regions(request):
    """列出平台公开数据所覆盖的地区（每个地区有一个依法治县办公室）。"""
    return [{"code": r.code, "name": r.name, "office": r.office} for r in public_regions()]


@router.get(
    "/datasets", response=list[DatasetOut], summary="公开数据集目录", auth=None, url_name="public_datasets"
)
def dataset_list(request):
    """列出所有公开数据集。每个数据集按地区和年度提供，另有 CSV、JSON 下载和 JSON Schema：
    /portal/data/{地区代码}/{年度}/{数据集}.csv、.json、.schema.json；DCAT 目录见 /portal/data/catalog.json。"""
    return [{"slug": d.slug, "title": str(d.title), "description": str(d.description)} for d in datasets()]


def _rows_endpoint(dataset: Dataset):
    row_schema = _row_schema(dataset)

    def rows(request, region: str, year: int):
        public_region_or_404(region)
        if not FIRST_YEAR <= year <= local_today().year + 1:
            raise Http404
        return list(dataset.rows(region, year))

    rows.__name__ = f"dataset_{dataset.slug.replace('-', '_')}"
    router.get(
        f"/{{region}}/{{year}}/{dataset.slug}",
        response=list[row_schema],
        summary=f"{dataset.title}（按地区和年度）",
        description=(
            f"{dataset.description}\n\n与门户网站下载的 /portal/data/{{region}}/{{year}}/{dataset.slug}.csv "
            "和 .json 内容相同。region：六位行政区划代码，如 330521；year：年度，如 2025。无需登录。"
        ),
        auth=None,
        operation_id=f"public_{dataset.slug.replace('-', '_')}",
        url_name=f"public_{dataset.slug.replace('-', '_')}",
    )(rows)


for _dataset in datasets():
    _rows_endpoint(_dataset)
