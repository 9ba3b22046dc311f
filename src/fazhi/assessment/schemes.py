"""A scheme as plain data: export to and import from YAML and Excel.

The dict shape (also the YAML file)::

    name: 县级法治政府建设考核方案
    year: 2025
    description: ...
    areas:
      - code: disputes
        name: 健全社会矛盾纠纷行政预防调处化解体系
        cap: null            # optional area cap
        basis: ...
        items:
          - {number: "6.1", title: ..., max_points: 6, kind: linear,
             indicator_code: disputes.head_appearance_rate, target: 90, zero_at: 0,
             applies_to: all, basis: ...}

``parse`` checks everything (kinds, parameters, indicator codes, numbers) and
returns the cleaned data with a list of problems, each naming its place
(row N in Excel, area/item in YAML); the action imports only a clean file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import yaml
from django.utils.translation import gettext as _

from fazhi.assessment import rules
from fazhi.assessment.models import INDICATOR_KINDS, RuleKind, UnitGroup
from fazhi.catalog import indicators as catalog
from fazhi.core.exports import safe_cell, unguard

ITEM_NUMBERS = ("max_points", "target", "zero_at", "step", "points_per_step", "cap")
MAX_ITEMS = 500

# Excel columns: (key, Chinese header). Area columns repeat on each item row.
COLUMNS = [
    ("area_code", "领域代码"),
    ("area_name", "领域名称"),
    ("area_cap", "领域分值上限"),
    ("number", "序号"),
    ("title", "考核内容"),
    ("max_points", "分值"),
    ("kind", "评分方式"),
    ("indicator_code", "指标代码"),
    ("target", "达标值（满分线）"),
    ("zero_at", "零分值"),
    ("step", "步长"),
    ("points_per_step", "每步/每次扣分"),
    ("cap", "扣分上限"),
    ("higher_is_better", "数值越高越好"),
    ("applies_to", "适用对象"),
    ("basis", "依据"),
]
META_SHEET = "方案信息"
ITEMS_SHEET = "考核细则"


@dataclass(frozen=True)
class Problem:
    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}：{self.message}" if self.place else self.message


def scheme_to_dict(scheme) -> dict:
    def number(value):
        return None if value is None else float(value) if value != value.to_integral_value() else int(value)

    return {
        "name": scheme.name,
        "year": scheme.year,
        "description": scheme.description,
        "areas": [
            {
                "code": area.code,
                "name": area.name,
                "cap": number(area.cap),
                "basis": area.basis,
                "items": [
                    {
                        "number": item.number,
                        "title": item.title,
                        "max_points": number(item.max_points),
                        "kind": item.kind,
                        "indicator_code": item.indicator_code,
                        "target": number(item.target),
                        "zero_at": number(item.zero_at),
                        "step": number(item.step),
                        "points_per_step": number(item.points_per_step),
                        "cap": number(item.cap),
                        "higher_is_better": item.higher_is_better,
                        "applies_to": item.applies_to,
                        "basis": item.basis,
                    }
                    for item in area.items.all()
                ],
            }
            for area in scheme.areas.all()
        ],
    }


def to_yaml(scheme) -> str:
    return yaml.safe_dump(scheme_to_dict(scheme), allow_unicode=True, sort_keys=False)


def to_xlsx(scheme) -> bytes:
    from openpyxl import Workbook

    data = scheme_to_dict(scheme)
    book = Workbook()
    items = book.active
    items.title = ITEMS_SHEET
    items.append([header for _key, header in COLUMNS])
    kind_labels, group_labels = dict(RuleKind.choices), dict(UnitGroup.choices)
    for area in data["areas"]:
        for item in area["items"]:
            row = {"area_code": area["code"], "area_name": area["name"], "area_cap": area["cap"], **item}
            row["kind"] = str(kind_labels[item["kind"]])
            row["applies_to"] = str(group_labels[item["applies_to"]])
            row["higher_is_better"] = "是" if item["higher_is_better"] else "否"
            items.append([safe_cell(row.get(key)) for key, _header in COLUMNS])
    meta = book.create_sheet(META_SHEET)
    for key, label in (("name", "名称"), ("year", "年度"), ("description", "说明")):
        meta.append([label, safe_cell(data[key])])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _as_decimal(value, place, field, problems) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        problems.append(
            Problem(place, _("%(field)s is not a number: %(value)s") % {"field": field, "value": value})
        )
        return None
    if not number.is_finite() or abs(number) > 10000:
        problems.append(
            Problem(place, _("%(field)s is out of range: %(value)s") % {"field": field, "value": value})
        )
        return None
    return number


def _choice(value, choices, place, field, problems, *, default=None):
    text = "" if value is None else str(value).strip()
    if not text and default is not None:
        return default
    by_label = {str(label): code for code, label in choices.choices}
    if text in choices.values:
        return text
    if text in by_label:
        return by_label[text]
    problems.append(
        Problem(
            place,
            _("%(field)s must be one of %(allowed)s: %(value)s")
            % {"field": field, "allowed": "、".join(by_label), "value": text},
        )
    )
    return default


def _clean_item(raw: dict, place: str, problems: list[Problem]) -> dict:
    item = {
        "number": str(raw.get("number") or "").strip()[:10],
        "title": str(raw.get("title") or "").strip(),
        "indicator_code": str(raw.get("indicator_code") or "").strip(),
        "basis": str(raw.get("basis") or "")[:300],
    }
    if not item["title"]:
        problems.append(Problem(place, _("What is assessed is missing.")))
    if len(item["title"]) > 300:
        problems.append(Problem(place, _("What is assessed is longer than 300 characters.")))
    for name in ITEM_NUMBERS:
        item[name] = _as_decimal(raw.get(name), place, name, problems)
    item["kind"] = _choice(raw.get("kind"), RuleKind, place, _("scoring method"), problems)
    item["applies_to"] = _choice(
        raw.get("applies_to"), UnitGroup, place, _("applies to"), problems, default=UnitGroup.ALL
    )
    higher = raw.get("higher_is_better", True)
    item["higher_is_better"] = higher not in (False, "否", "false", 0, "0")
    if item["kind"] is None:
        return item
    computed_instead(item)
    for message in rules.check_rule(
        rules.ItemRule(
            **{
                k: item[k]
                for k in (
                    "kind",
                    "max_points",
                    "target",
                    "zero_at",
                    "step",
                    "points_per_step",
                    "cap",
                    "higher_is_better",
                )
            }
        )
    ):
        problems.append(Problem(place, message))
    if item["kind"] in INDICATOR_KINDS:
        indicator = catalog.get(item["indicator_code"])
        if indicator is None:
            problems.append(
                Problem(
                    place, _("Unknown indicator code %(code)s.") % {"code": item["indicator_code"] or "—"}
                )
            )
    elif item["indicator_code"]:
        problems.append(Problem(place, _("A judged item has no indicator code.")))
    return item


# Items the platform computes although schemes used to judge them by hand: (words every
# title of the kind contains, the indicator, the target for full points).
COMPUTED_INSTEAD_OF_JUDGED = [
    (("年度", "报告"), ("按时", "按期"), "leadership.annual_reports_on_time", Decimal(100)),
]


def computed_instead(item: dict) -> None:
    """Score a judged item from its indicator when the platform knows the number.

    "按时报送并公开年度报告" was judged by hand, though the filings app knows
    every report's dates: a scheme imported or copied with it judged gets the
    indicator (a threshold at 100 %), like the shipped default.
    """
    if item.get("kind") != RuleKind.JUDGED or item.get("indicator_code"):
        return
    title = item.get("title") or ""
    for needed, any_of, code, target in COMPUTED_INSTEAD_OF_JUDGED:
        if all(word in title for word in needed) and any(word in title for word in any_of):
            item.update(kind=RuleKind.THRESHOLD, indicator_code=code, target=target, higher_is_better=True)
            return


def parse(data) -> tuple[dict, list[Problem]]:
    """The scheme cleaned from plain data (YAML or Excel), and every problem found."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        return {}, [Problem("", _("The file does not describe a scheme."))]
    clean = {
        "name": str(data.get("name") or "").strip()[:100],
        "description": str(data.get("description") or ""),
        "areas": [],
    }
    if not clean["name"]:
        problems.append(Problem("", _("The scheme has no name.")))
    try:
        clean["year"] = int(data.get("year"))
        if not 2000 <= clean["year"] <= 2100:
            raise ValueError
    except (TypeError, ValueError):
        problems.append(
            Problem("", _("The year is missing or not a year: %(value)s") % {"value": data.get("year")})
        )
    areas = data.get("areas") or []
    if not isinstance(areas, list) or not areas:
        problems.append(Problem("", _("The scheme has no areas.")))
        return clean, problems
    count, codes = 0, set()
    for area_index, given_area in enumerate(areas, start=1):
        raw_area = given_area if isinstance(given_area, dict) else {}
        place = raw_area.get("_place") or _("area %(n)d") % {"n": area_index}
        area = {
            "code": str(raw_area.get("code") or "").strip()[:40],
            "name": str(raw_area.get("name") or "").strip()[:100],
            "basis": str(raw_area.get("basis") or "")[:300],
            "items": [],
        }
        area["cap"] = _as_decimal(raw_area.get("cap"), place, "cap", problems)
        if area["cap"] is not None and area["cap"] <= 0:
            problems.append(Problem(place, _("An area cap must be above zero.")))
        if not area["code"] or not area["name"]:
            problems.append(Problem(place, _("An area needs a code and a name.")))
        if area["code"] in codes:
            problems.append(
                Problem(place, _("The area code %(code)s appears twice.") % {"code": area["code"]})
            )
        codes.add(area["code"])
        for item_index, given_item in enumerate(raw_area.get("items") or [], start=1):
            count += 1
            raw_item = given_item if isinstance(given_item, dict) else {}
            item_place = raw_item.get("_place") or f"{place} · " + _("item %(n)d") % {"n": item_index}
            area["items"].append(_clean_item(raw_item, item_place, problems))
        clean["areas"].append(area)
    if count == 0:
        problems.append(Problem("", _("The scheme has no scored items.")))
    if count > MAX_ITEMS:
        problems.append(Problem("", _("At most %(n)d scored items.") % {"n": MAX_ITEMS}))
    return clean, problems


def from_yaml(text: str | bytes) -> tuple[dict, list[Problem]]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = _("line %(n)d") % {"n": mark.line + 1} if mark else ""
        return {}, [Problem(where, _("The file is not valid YAML."))]
    return parse(data)


def from_xlsx(file) -> tuple[dict, list[Problem]]:
    from django.core.exceptions import ValidationError
    from openpyxl import load_workbook

    from fazhi.core.uploads import check_unpacked

    try:
        check_unpacked(file)
    except ValidationError as refusal:
        return {}, [Problem("", refusal.messages[0])]
    try:
        book = load_workbook(file, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a non-workbook
        return {}, [Problem("", _("The file is not an Excel workbook (.xlsx)."))]
    if ITEMS_SHEET not in book.sheetnames or META_SHEET not in book.sheetnames:
        return {}, [
            Problem(
                "", _("The workbook needs the sheets %(a)s and %(b)s.") % {"a": ITEMS_SHEET, "b": META_SHEET}
            )
        ]
    meta = {
        str(row[0]).strip(): unguard(row[1])
        for row in book[META_SHEET].iter_rows(values_only=True)
        if row and row[0]
    }
    data = {
        "name": meta.get("名称"),
        "year": meta.get("年度"),
        "description": meta.get("说明") or "",
        "areas": [],
    }
    rows = book[ITEMS_SHEET].iter_rows(values_only=True)
    header = [str(cell or "").strip() for cell in next(rows, ())]
    missing = [label for _key, label in COLUMNS if label not in header]
    if missing:
        return {}, [
            Problem(
                _("row %(n)d") % {"n": 1}, _("Columns missing: %(columns)s") % {"columns": "、".join(missing)}
            )
        ]
    position = {key: header.index(label) for key, label in COLUMNS}
    areas: dict[str, dict] = {}
    for number, cells in enumerate(rows, start=2):
        if not any(cell not in (None, "") for cell in cells):
            continue
        row = {key: unguard(cells[index]) if index < len(cells) else None for key, index in position.items()}
        place = _("row %(n)d") % {"n": number}
        code = str(row["area_code"] or "").strip()
        area = areas.setdefault(
            code,
            {"code": code, "name": row["area_name"], "cap": row["area_cap"], "_place": place, "items": []},
        )
        area["items"].append({**row, "_place": place})
    data["areas"] = list(areas.values())
    return parse(data)
