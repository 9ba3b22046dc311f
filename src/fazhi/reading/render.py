"""Human-readable forms of a reading: a rich terminal report and Markdown (Chinese labels)."""

from __future__ import annotations

from fazhi.catalog.elements import ELEMENTS

KIND_NAMES = {
    "annual_report": "年度报告",
    "multi_year_report": "多年度报告",
    "uncertain": "不能确定是年度报告",
    "not_report": "非年度报告",
}
LEVEL_NAMES = {
    "province": "省级",
    "city": "市级",
    "county": "县级",
    "township": "乡镇（街道）",
    "department": "部门",
}
STATUS_NAMES = {"section": "有专门部分", "mentioned": "仅简单提及", "absent": "缺失"}
QUALIFIER_NAMES = {
    "exact": "",
    "approx": "约",
    "more_than": "余/超过",
    "at_least": "以上/不少于",
    "at_most": "以内/不超过",
}
DEFECT_NAMES = {
    "blank_number": "数字空缺",
    "mangled_date": "日期残缺",
    "lost_range": "范围丢失连接号",
    "truncated_sentence": "句子截断",
    "placeholder": "模板占位符",
    "garbled_text": "乱码",
}
SCRIPT_NAMES = {"simplified": "简体", "traditional": "繁体"}

# Facts shown in the terminal table; the JSON has them all.
TABLE_MAX_FACTS = 60


def _why(reading: dict, field: str, shown: str = "未识别") -> str:
    """``shown`` with the engine's reason for a field it did not give (schema 1.1)."""
    reason = ((reading.get("metadata_evidence") or {}).get(field) or {}).get("reason")
    return f"{shown}（{reason}）" if reason else "—"


def _kind(reading: dict) -> str:
    name = KIND_NAMES.get(reading["kind"], reading["kind"])
    if reading["kind"] in ("annual_report", "multi_year_report"):
        return name
    reason = ((reading.get("metadata_evidence") or {}).get("kind") or {}).get("reason")
    return f"{name}（{reason}）" if reason else name


def _metadata_rows(reading: dict) -> list[tuple[str, str]]:
    region = reading.get("region") or {}
    period = reading.get("period") or {}
    period_text = ""
    if period:
        period_text = (
            str(period["start"]) if period["start"] == period["end"] else f"{period['start']}—{period['end']}"
        )
    compliance = reading["compliance"]
    verdict = "合规" if compliance["compliant"] else "不合规"
    if compliance["missing"]:
        verdict += "；缺失：" + "、".join(ELEMENTS[c] for c in compliance["missing"])
    if compliance["weak"]:
        verdict += "；仅提及：" + "、".join(ELEMENTS[c] for c in compliance["weak"])
    return [
        ("文件", reading["source"]),
        ("标题", reading.get("title") or "（无标题）"),
        ("类型", _kind(reading)),
        ("报告主体", reading.get("issuer") or _why(reading, "issuer")),
        (
            "地区",
            f"{region.get('name', '—')} {region.get('code', '')}".strip()
            if region
            else _why(reading, "region"),
        ),
        ("层级", LEVEL_NAMES.get(reading.get("level") or "") or _why(reading, "level")),
        (
            "报告年度",
            str(reading.get("year") or _why(reading, "year"))
            + (f"（{period_text}）" if period_text and reading["kind"] == "multi_year_report" else ""),
        ),
        ("发布日期", reading.get("published") or _why(reading, "published")),
        ("原文字体", SCRIPT_NAMES.get(reading["script"], reading["script"])),
        ("合规", verdict),
        ("修复", "，".join(f"{k} {v}" for k, v in reading["repairs"].items() if v) or "无"),
    ]


def _value(fact: dict) -> str:
    value = fact["value"]
    text = f"{value:,}" if isinstance(value, int) else f"{value:g}"
    qualifier = QUALIFIER_NAMES.get(fact["qualifier"], "")
    unit = fact["unit"]
    out = f"{text}{unit}"
    if qualifier:
        out += f"（{qualifier}）"
    if fact.get("previous") is not None:
        out += f"，此前 {fact['previous']:g}{unit}"
    return out


def table(console, reading: dict) -> None:
    from rich.table import Table

    meta = Table(show_header=False, box=None, padding=(0, 1))
    meta.add_column(style="bold cyan", no_wrap=True)
    meta.add_column()
    for label, value in _metadata_rows(reading):
        meta.add_row(label, value)
    console.rule(reading.get("title") or reading["source"])
    console.print(meta)

    parts = Table(title="法定内容", title_justify="left")
    parts.add_column("部分")
    parts.add_column("状态")
    parts.add_column("标题或依据")
    for code, element in reading["elements"].items():
        style = {"section": "green", "mentioned": "yellow", "absent": "red"}[element["status"]]
        evidence = element.get("heading") or ((element.get("evidence") or {}).get("text") or "")[:40]
        parts.add_row(ELEMENTS[code], f"[{style}]{STATUS_NAMES[element['status']]}[/{style}]", evidence)
    console.print(parts)

    facts = [f for f in reading["facts"] if f["indicator"]]
    others = len(reading["facts"]) - len(facts)
    numbers = Table(title=f"数据（指标 {len(facts)} 项，其他数字 {others} 项）", title_justify="left")
    numbers.add_column("指标")
    numbers.add_column("数值", justify="right")
    numbers.add_column("范围/期间")
    numbers.add_column("原文")
    for fact in facts[:TABLE_MAX_FACTS]:
        where = " ".join(x for x in (fact.get("scope"), fact.get("period")) if x)
        numbers.add_row(fact["name"] or fact["indicator"], _value(fact), where, fact["evidence"]["text"][:36])
    console.print(numbers)

    if reading["defects"]:
        defects = Table(title="缺陷", title_justify="left")
        defects.add_column("类型")
        defects.add_column("原文")
        defects.add_column("位置", justify="right")
        for defect in reading["defects"]:
            defects.add_row(
                DEFECT_NAMES.get(defect["type"], defect["type"]), defect["text"][:40], str(defect["start"])
            )
        console.print(defects)
    else:
        console.print("缺陷：未发现")
    console.print()


def markdown(reading: dict) -> str:
    lines = [f"# {reading.get('title') or reading['source']}", ""]
    lines += ["| 项目 | 内容 |", "|---|---|"]
    lines += [f"| {label} | {_cell(value)} |" for label, value in _metadata_rows(reading)]
    lines += ["", "## 法定内容", "", "| 部分 | 状态 | 标题或依据 |", "|---|---|---|"]
    for code, element in reading["elements"].items():
        evidence = element.get("heading") or ((element.get("evidence") or {}).get("text") or "")[:60]
        lines.append(f"| {ELEMENTS[code]} | {STATUS_NAMES[element['status']]} | {_cell(evidence)} |")
    lines += ["", "## 数据", "", "| 指标 | 代码 | 数值 | 范围/期间 | 原文 |", "|---|---|---|---|---|"]
    for fact in reading["facts"]:
        where = " ".join(x for x in (fact.get("scope"), fact.get("period")) if x)
        lines.append(
            f"| {fact['name'] or '—'} | {fact['indicator'] or '—'} | {_value(fact)} | {_cell(where)} | "
            f"{_cell(fact['evidence']['text'][:60])} |"
        )
    lines += ["", "## 缺陷", ""]
    if reading["defects"]:
        lines += ["| 类型 | 原文 | 位置 |", "|---|---|---|"]
        lines += [
            f"| {DEFECT_NAMES.get(d['type'], d['type'])} | {_cell(d['text'])} | {d['start']} |"
            for d in reading["defects"]
        ]
    else:
        lines.append("未发现。")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")
