"""The own report's endpoints; mounted by fazhi.api under /api/reports.

The office of the region drafts and edits; the office, the government's leaders and the
region's evaluators read (docs/reports.md, "API"). A draft the caller may not read is a 404.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db.models import Q
from django.http import Http404, HttpResponse
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from fazhi.catalog import indicators as catalog
from fazhi.core.api_input import LimitOffsetPagination, checked_year
from fazhi.core.exports import content_disposition
from fazhi.core.formatting import DOCX_CONTENT_TYPE
from fazhi.reports import actions, rules, wording
from fazhi.reports.models import DraftEdit, Part, ReportDraft

router = Router(tags=["reports"])


class DraftSummaryOut(Schema):
    id: int
    region_code: str
    year: int
    version: int
    state: str
    title: str
    clean: bool
    created_at: dt.datetime

    @staticmethod
    def resolve_clean(obj) -> bool:
        if isinstance(obj, dict):
            return obj["clean"]
        return bool((obj.reading or {}).get("clean"))


class FigureOut(Schema):
    part: str
    code: str
    name: str
    value: Decimal
    unit: str
    previous: Decimal | None
    written: str
    source: str
    value_ids: list[int]


class PartOut(Schema):
    part: str
    heading: str
    text: str
    sentences: list[str]


class OmittedOut(Schema):
    part: str
    code: str
    name: str


class DraftOut(DraftSummaryOut):
    issuer: str
    opening: str
    parts: list[PartOut]
    figures: list[FigureOut]
    omitted: list[OmittedOut]
    placeholders: int


class EditOut(Schema):
    id: int
    part: str
    edited_at: dt.datetime
    edited_by: str
    before: str
    after: str


class ReadBackOut(Schema):
    clean: bool
    compliant: bool
    kind: str | None
    year: int | None
    problems: list[str]
    defects: list[dict]
    facts: int


class DraftIn(Schema):
    region_code: str
    year: int


class PartIn(Schema):
    text: str


def _name(code: str) -> str:
    indicator = catalog.get(code)
    return indicator.name if indicator else code


def readable(user):
    """The drafts ``user`` may read, as one filter over the regions (no row-by-row check)."""
    regions = rules.readable_regions(user)
    drafts = ReportDraft.objects.all()
    return drafts if regions is None else drafts.filter(Q(region_code__in=regions))


def _draft(user, draft_id: int) -> ReportDraft:
    draft = readable(user).filter(pk=draft_id).first()
    if draft is None:
        raise Http404
    return draft


def _sentences(text: str) -> list[str]:
    return [sentence for line in text.split("\n") for sentence in wording.sentences(line)]


def _detail(draft: ReportDraft) -> dict:
    parts = list(draft.parts.all())
    return {
        "id": draft.pk,
        "region_code": draft.region_code,
        "year": draft.year,
        "version": draft.version,
        "state": draft.state,
        "title": draft.title,
        "created_at": draft.created_at,
        "clean": bool((draft.reading or {}).get("clean")),
        "issuer": draft.issuer,
        "opening": draft.opening,
        "parts": [
            {"part": p.part, "heading": p.heading, "text": p.text, "sentences": _sentences(p.text)}
            for p in parts
        ],
        "figures": [
            {
                "part": f.part,
                "code": f.code,
                "name": _name(f.code),
                "value": f.value,
                "unit": f.unit,
                "previous": f.previous,
                "written": f.written,
                "source": f.source,
                "value_ids": f.value_ids,
            }
            for f in draft.figures.all()
        ],
        "omitted": [
            {"part": row.get("part", ""), "code": row.get("code", ""), "name": _name(row.get("code", ""))}
            for row in draft.omitted or []
        ],
        "placeholders": sum(p.text.count(wording.PLACEHOLDER_MARK) for p in parts),
    }


@router.get(
    "/drafts",
    response=list[DraftSummaryOut],
    summary="政府年度报告草稿列表（本地区依法治办、政府领导和考核人员可读）",
)
@paginate(LimitOffsetPagination)
def list_drafts(request, year: int | None = None, region_code: str | None = None):
    drafts = readable(request.user).order_by("-year", "-version", "-pk")
    if checked_year(year):
        drafts = drafts.filter(year=year)
    if region_code:
        drafts = drafts.filter(region_code=region_code)
    return drafts


@router.post(
    "/drafts",
    response={201: DraftOut},
    summary="根据平台数据起草本地区政府年度报告（仅本地区依法治办）",
)
def create_draft(request, payload: DraftIn):
    draft = actions.create_draft(request.user, region_code=payload.region_code, year=payload.year)
    return Status(201, _detail(draft))


@router.get(
    "/drafts/{int:draft_id}",
    response=DraftOut,
    summary="一稿政府年度报告：五个部分、逐句正文、每个数字的指标代码和来源、未写入的指标",
)
def get_draft(request, draft_id: int):
    return _detail(_draft(request.user, draft_id))


@router.put(
    "/drafts/{int:draft_id}/parts/{part}",
    response=DraftOut,
    summary="修改草稿的一个部分（保留修改记录并重新回读；仅本地区依法治办）",
)
def edit_part(request, draft_id: int, part: str, payload: PartIn):
    draft = _draft(request.user, draft_id)
    if part not in Part.values:
        raise Http404
    actions.edit_part(request.user, draft, part, text=payload.text)
    draft.refresh_from_db()
    return _detail(draft)


@router.get(
    "/drafts/{int:draft_id}/edits",
    response=list[EditOut],
    summary="草稿的修改记录：每次修改前后的正文、修改人和时间",
)
def list_edits(request, draft_id: int):
    draft = _draft(request.user, draft_id)
    edits = DraftEdit.objects.filter(part__draft=draft).select_related("part", "edited_by")
    return [
        {
            "id": edit.pk,
            "part": edit.part.part,
            "edited_at": edit.edited_at,
            "edited_by": edit.edited_by.display_name,
            "before": edit.before,
            "after": edit.after,
        }
        for edit in edits
    ]


@router.get(
    "/drafts/{int:draft_id}/readback",
    response=ReadBackOut,
    summary="阅读引擎回读结果：是否合规、有无缺陷、每个数字是否带指标代码",
)
def get_readback(request, draft_id: int):
    draft = _draft(request.user, draft_id)
    stored = draft.reading or {}
    reading = stored.get("reading") or {}
    return {
        "clean": bool(stored.get("clean")),
        "compliant": bool((reading.get("compliance") or {}).get("compliant")),
        "kind": reading.get("kind"),
        "year": reading.get("year"),
        "problems": stored.get("problems", []),
        "defects": reading.get("defects", []),
        "facts": len(reading.get("facts", [])),
    }


@router.get(
    "/drafts/{int:draft_id}/word",
    summary="导出 Word 文件（GB/T 9704 公文格式；回读未通过时拒绝导出）",
    response={200: None},
)
def export_word(request, draft_id: int):
    draft = _draft(request.user, draft_id)
    data, name = actions.clean_docx(request.user, draft, evaluators=True)
    response = HttpResponse(data, content_type=DOCX_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition(name)
    return response
