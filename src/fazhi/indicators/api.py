"""Indicator value endpoints; mounted by fazhi.api under /api/indicators."""

from __future__ import annotations

from decimal import Decimal

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.catalog import indicators as catalog
from fazhi.core.api_input import LimitOffsetPagination, checked_year
from fazhi.core.scoping import get_visible_or_404, visible
from fazhi.indicators.models import IndicatorValue

router = Router(tags=["indicators"])


class IndicatorOut(Schema):
    code: str
    name: str
    unit: str
    area: str
    definition: str


class ValueOut(Schema):
    id: int
    code: str
    indicator_name: str
    organisation_id: int
    organisation_name: str
    period_start: str
    period_end: str
    value: Decimal
    unit: str
    qualifier: str
    source: str
    numerator: Decimal | None
    denominator: Decimal | None
    definition: str
    evidence_url: str

    @staticmethod
    def resolve_organisation_name(obj):
        return obj.organisation.name

    @staticmethod
    def resolve_period_start(obj):
        return obj.period_start.isoformat()

    @staticmethod
    def resolve_period_end(obj):
        return obj.period_end.isoformat()


@router.get("/codes", response=list[IndicatorOut], summary="指标代码表（全平台通用）")
def list_indicator_codes(request):
    return [
        {"code": i.code, "name": i.name, "unit": i.unit, "area": i.area, "definition": i.definition}
        for i in catalog.all_indicators()
    ]


@router.get("/values", response=list[ValueOut], summary="可查看的指标数值")
@paginate(LimitOffsetPagination)
def list_indicator_values(
    request,
    year: int | None = None,
    code: str | None = None,
    organisation_id: int | None = None,
    source: str | None = None,
):
    values = visible(
        IndicatorValue.objects.select_related("organisation").order_by("-period_start", "code", "id"),
        request.user,
    )
    if checked_year(year):
        values = values.filter(period_start__year=year)
    if code:
        values = values.filter(code=code)
    if organisation_id:
        values = values.filter(organisation_id=organisation_id)
    if source:
        values = values.filter(source=source)
    return values


@router.get("/values/{int:value_id}", response=ValueOut, summary="一个指标数值（无权查看时返回 404）")
def get_indicator_value(request, value_id: int):
    return get_visible_or_404(
        IndicatorValue.objects.select_related("organisation"), request.user, pk=value_id
    )
