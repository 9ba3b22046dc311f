"""Fill the zh_Hans catalogues of the platform apps from one table.

    python scripts/translations_zh.py            # after `fazhi manage makemessages -l zh_Hans` in each app
    python scripts/translations_zh.py --check    # exit 1 if any msgid lacks a translation

Keeping the table here (rather than editing .po files by hand) lets a
reviewer see every UI string and its Chinese in one place. The .mo files are
compiled with Python's own gettext format writer, so no GNU gettext is needed
at install or test time; the compiled .mo files are committed.
"""

from __future__ import annotations

import ast
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["core", "org", "portal"]

ZH = {
    "Choose a file.": "请选择文件。",
    "The file is empty.": "文件为空。",
    "The file is larger than %(limit)d MB.": "文件超过 %(limit)d MB。",
    "The file is not a text file.": "文件不是文本文件。",
    "The file is not really a %(kind)s file (it may be damaged or renamed).": "文件不是真正的 %(kind)s 文件（可能已损坏或被改名）。",
    "This kind of file is not accepted; choose one of: %(kinds)s.": "不接受此类文件，请选择：%(kinds)s。",
    "%(name)s now acts for this organisation.": "已为本单位添加人员：%(name)s。",
    "A new login needs an initial password.": "新账号需要设置初始密码。",
    "Add a person": "添加人员",
    "Only for a new login; the person changes it after logging in.": "仅新账号需要；本人登录后自行修改。",
    "Only the rule-of-law office or a system administrator may manage people.": "只有依法治区办或系统管理员可以管理人员。",
    "Role revoked.": "已撤销角色。",
    "initial password": "初始密码",
    "revoke": "撤销",
    "%(n)d organisations imported.": "已导入 %(n)d 个单位。",
    "Choose an Excel workbook ending in .xlsx.": "请选择扩展名为 .xlsx 的 Excel 工作簿。",
    "Column": "列",
    "Download the template": "下载模板",
    "Every row is checked first; if any row has an error, nothing is imported.": "导入前逐行检查；任何一行有错误，整个文件都不导入。",
    "Excel file (.xlsx)": "Excel 文件（.xlsx）",
    "Export to Excel": "导出 Excel",
    "Import organisations": "导入单位",
    "Nothing was imported. Correct these rows and upload the file again:": "未导入任何数据。请修改以下各行后重新上传：",
    "Only the rule-of-law office or a system administrator may import organisations.": "只有依法治区办或系统管理员可以导入单位。",
    "Problem": "问题",
    "Row": "行",
    "The file is larger than 5 MB.": "文件超过 5 MB。",
    ":": "：",
    "Actions taken": "操作记录",
    "Address": "地址",
    "Administration": "系统管理",
    "Administrative enforcement": "行政执法监督",
    "An organisation cannot be its own parent.": "单位不能以自身为上级单位。",
    "Annual reports": "年度报告报送",
    "Annual reports on building a rule-of-law government": "法治政府建设年度报告",
    "Appears twice in the file.": "该单位在文件中重复出现。",
    "Assessment": "考核评估",
    "At most %(n)d characters.": "不能超过 %(n)d 个字符。",
    "Basics": "基础",
    "By": "操作人",
    "Cancel": "取消",
    "Cannot %(action)s: the record is %(state)s; this is possible only when it is %(allowed)s.": "不能%(action)s：当前状态为%(state)s，只有在%(allowed)s时才可以。",
    "Catalogue of major administrative decisions": "重大行政决策事项目录",
    "Change": "变更",
    "Change password": "修改密码",
    "Column missing from the header row.": "表头缺少此列。",
    "Contact details saved.": "联系信息已保存。",
    "Contact person": "联系人",
    "Contact phone": "联系电话",
    "Deactivate the organisations under it first.": "请先停用其下属单位。",
    "Demo logins (password for all: %(password)s):": "演示账号（密码均为 %(password)s）：",
    "Demo region %(county)s: %(new)d organisations added (%(total)d in all), %(people)d logins added.": "演示地区%(county)s：新增单位 %(new)d 个（共 %(total)d 个），新增账号 %(people)d 个。",
    "Details": "详情",
    "Duties": "履职",
    "Edit contact details": "修改联系信息",
    "Enforcement publicity": "行政执法公示",
    "Filter": "筛选",
    "Form expired": "表单已失效",
    "History of changes": "变更历史",
    "Home": "首页",
    "Nothing is waiting for you.": "暂无待办事项",
    "Waiting for you": "待办事项",
    "earliest due date": "最早期限",
    "of which %(counter)s overdue": ["其中 %(counter)s 项已逾期"],
    "Import": "导入",
    "Indicators": "指标数据",
    "Inspections and rectification": "督察整改",
    "Kind": "类型",
    "Legal counsel": "法律顾问",
    "Legal education": "普法宣传",
    "Log in": "登录",
    "Log out": "退出",
    "Login locked": "登录已锁定",
    "Major administrative decisions": "重大行政决策",
    "Mark all as read": "全部标为已读",
    "Modules": "功能模块",
    "Name": "名称",
    "Next": "下一页",
    "No changes recorded.": "暂无变更记录。",
    "No notices.": "暂无通知。",
    "No organisation called %(name)s that you manage.": "您管理的单位中没有“%(name)s”。",
    "No organisations you may see.": "没有您可以查看的单位。",
    "Nobody assigned yet.": "尚未分配人员。",
    "None yet.": "暂无。",
    "Normative documents": "行政规范性文件",
    "Not a date (write 2024-09-30): %(value)s": "不是有效日期（请写作 2024-09-30）：%(value)s",
    "Not a number: %(value)s": "不是数字：%(value)s",
    "Not a whole number: %(value)s": "不是整数：%(value)s",
    "Not allowed": "无权操作",
    "Not found": "页面不存在",
    "Not one of %(allowed)s: %(value)s": "应为%(allowed)s之一：%(value)s",
    "Notices": "通知",
    "Office reviewers belong to the organisation hosting the rule-of-law office.": "审核人员只能设在承担依法治区办职责的单位。",
    "Only a system administrator may appoint another.": "只有系统管理员可以任命系统管理员。",
    "Order": "排序",
    "Organisations": "单位",
    "Organisations and people": "单位与人员",
    "Organisations under it": "下属单位",
    "Page %(number)s of %(total)s": "第 %(number)s 页，共 %(total)s 页",
    "Parent organisation": "上级单位",
    "Password changed": "密码已修改",
    "People": "人员",
    "Platform": "平台",
    "Previous": "上一页",
    "Public": "公开",
    "Public information": "政务公开",
    "Public information; no login needed.": "公开信息，无需登录。",
    "Public portal": "公开门户",
    "Random inspection results": "双随机抽查结果",
    "Random inspections": "双随机一公开",
    "Reconsideration, litigation and mediation": "复议应诉与调解",
    "Region": "行政区划",
    "Region code": "行政区划代码",
    "Rule-of-law government": "法治政府",
    "Rule-of-law government work platform": "法治政府建设工作平台",
    "Rule-of-law government: public information": "法治政府建设信息公开",
    "Save": "保存",
    "Short name": "简称",
    "Status": "状态",
    "System administration": "系统管理",
    "The file has no data rows.": "文件中没有数据行。",
    "The file is not an Excel workbook (.xlsx).": "文件不是 Excel 工作簿（.xlsx）。",
    "The form could not be verified (CSRF). Reload the page and submit it again.": "表单校验失败（CSRF），请刷新页面后重新提交。",
    "The page does not exist, or you may not see it.": "页面不存在，或您无权查看。",
    "The parent organisation must belong to the same region or one above it.": "上级单位必须属于同一地区或上级地区。",
    "The public needs no login:": "公众查询无需登录：",
    "These fields cannot be changed here: %(fields)s": "此处不能修改这些字段：%(fields)s",
    "This cell is required.": "此单元格必填。",
    "This parent would put the organisation under itself.": "这样设置会使单位成为自身的下级。",
    "The password is too short: at least %(min_length)d character.": [
        "密码太短，至少需要 %(min_length)d 个字符。"
    ],
    "Time": "时间",
    "Too many failed logins for this user name from this address. Try again later or ask the system administrator to unlock it.": "该用户名在此地址登录失败次数过多，已暂时锁定。请稍后再试，或请系统管理员解锁。",
    "Too many rows; at most %(n)d.": "行数过多，最多 %(n)d 行。",
    "Unknown region code %(code)s.": "未知的行政区划代码 %(code)s。",
    "Welcome, %(name)s": "%(name)s，您好",
    "Write a phone number with digits and dashes only.": "电话号码只能包含数字和短横线。",
    "Write 是 or 否: %(value)s": "请填写“是”或“否”：%(value)s",
    "Wrong user name or password. Note that both are case-sensitive; repeated failures lock the account for a while.": "用户名或密码错误（区分大小写）。多次失败后账号将被暂时锁定。",
    "Year plan and key tasks": "年度计划与重点任务",
    "Yearly cycle": "年度工作",
    "You are a system administrator and can see every organisation.": "您是系统管理员，可以查看所有单位。",
    "You belong to no organisation yet. Ask the system administrator to assign you a role.": "您尚未归属任何单位，请联系系统管理员分配角色。",
    "You can see %(counter)s organisation.": ["您可以查看 %(counter)s 个单位。"],
    "You may not do this for this organisation.": "您无权对该单位进行此操作。",
    "You may not do this.": "您无权进行此操作。",
    "You may read this organisation but not change it.": "您可以查看该单位，但无权修改。",
    "You now act as %(role)s for %(organisation)s.": "您已被设为%(organisation)s的%(role)s。",
    "Your role": "您的角色",
    "action": "操作",
    "active": "有效",
    "address": "地址",
    "all kinds": "全部类型",
    "by": "操作人",
    "changed": "修改",
    "commissioned enforcement body": "受委托执法组织",
    "contact person": "联系人",
    "contact phone": "联系电话",
    "created": "创建",
    "created at": "创建时间",
    "deleted": "删除",
    "details": "详情",
    "due soon": "即将到期",
    "evaluator": "评估人员",
    "fazhi administration": "法治政府建设工作平台管理",
    "full name": "姓名",
    "government department": "政府工作部门",
    "hosts the rule-of-law office": "承担依法治区办职责",
    "in operation": "在用",
    "kind": "类型",
    "late": "逾期完成",
    "link": "链接",
    "membership": "任职",
    "memberships": "任职",
    "name": "名称",
    "no": "否",
    "not in operation": "已停用",
    "not yet enabled": "尚未启用",
    "note": "说明",
    "notice": "通知",
    "notices": "通知",
    "on time": "按时完成",
    "open": "进行中",
    "order": "排序",
    "organisation": "单位",
    "organisation event": "单位操作记录",
    "organisation events": "单位操作记录",
    "organisations": "单位",
    "other body": "其他单位",
    "overdue": "已逾期",
    "parent organisation": "上级单位",
    "password": "密码",
    "people's government": "人民政府",
    "person": "人员",
    "phone": "电话",
    "put back in operation": "恢复启用",
    "read at": "阅读时间",
    "recipient": "接收人",
    "region code": "行政区划代码",
    "role": "角色",
    "role granted": "授予角色",
    "role revoked": "撤销角色",
    "rule-of-law office reviewer": "依法治区办审核人员",
    "search": "搜索",
    "short name": "简称",
    "street": "街道",
    "system": "系统",
    "system administrator": "系统管理员",
    "taken out of operation": "停用",
    "text": "内容",
    "time": "时间",
    "township": "乡镇",
    "unit filer": "单位填报人员",
    "unit leader": "单位负责人",
    "updated at": "更新时间",
    "user": "用户",
    "user name": "用户名",
    "users": "用户",
    "yes": "是",
    "%(field)s must lie between %(earliest)s and %(latest)s.": "%(field)s应在 %(earliest)s 至 %(latest)s 之间。",
    "%(field)s cannot be in the future.": "%(field)s不能晚于今天。",
    "The date": "日期",
    "The text contains a NUL character or an unpaired surrogate (\\ud800-\\udfff); remove it.": "文本含有空字符（NUL）或不成对的代理字符（\\ud800-\\udfff），请删除后再提交。",
    "The year must lie between %(first)d and %(last)d.": "年份应在 %(first)d 至 %(last)d 之间。",
    "The file unpacks to more than %(limit)d MB (it may be a decompression bomb).": "文件解压后超过 %(limit)d MB（可能是压缩炸弹），未接受。",
}


# Apps after the platform floor keep their strings in scripts/translations/<app>.py
# (a module defining ZH = {...}), so that apps built side by side never edit
# the same table. Each such file also adds its app to APPS. Django merges every
# app's catalogue at run time, so one msgid must read the same everywhere: the
# floor's table wins, and --check fails on two tables that disagree.
CONFLICTS: list[str] = []


def _app_tables() -> None:
    import runpy

    owner = dict.fromkeys(ZH, "translations_zh.py")
    for table in sorted((ROOT / "scripts" / "translations").glob("*.py")):
        for msgid, text in runpy.run_path(str(table))["ZH"].items():
            if msgid in ZH and ZH[msgid] != text:
                CONFLICTS.append(f"{msgid!r}: {owner[msgid]} says {ZH[msgid]!r}, {table.name} says {text!r}")
                continue
            ZH[msgid] = text
            owner[msgid] = table.name
        if table.stem not in APPS:
            APPS.append(table.stem)


_app_tables()

ENTRY = re.compile(
    r'((?:^#.*\n)*)^msgid ((?:".*"\n)+)(?:^msgid_plural ((?:".*"\n)+))?((?:^msgstr.*\n(?:".*"\n)*)+)', re.M
)


def _unquote(block: str) -> str:
    return "".join(ast.literal_eval(line) for line in block.strip().split("\n"))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def parse(po_text: str) -> list[tuple[str, str | None, list[str], bool]]:
    """(msgid, msgid_plural, msgstrs, fuzzy) for every entry, header included."""
    out = []
    for match in ENTRY.finditer(po_text):
        comments, msgid, plural, strs = match.groups()
        msgstrs = [
            _unquote(part.split(" ", 1)[1]) for part in re.split(r"(?m)^(?=msgstr)", strs) if part.strip()
        ]
        out.append((_unquote(msgid), _unquote(plural) if plural else None, msgstrs, "fuzzy" in comments))
    return out


def fill(po_path: Path) -> list[str]:
    text = po_path.read_text(encoding="utf-8")
    missing = []

    def replace(match: re.Match) -> str:
        comments, msgid, plural, _strs = match.groups()
        key = _unquote(msgid)
        if not key:
            return match.group(0)
        # A translation from the table replaces makemessages' fuzzy guess.
        comments = re.sub(r"(?m)^#, fuzzy\n", "", comments)
        comments = re.sub(r"(?m)^#, fuzzy, ", "#, ", comments)
        comments = re.sub(r"(?m)^#\| .*\n", "", comments)
        head = f"{comments}msgid {msgid.strip()}\n" + (f"msgid_plural {plural.strip()}\n" if plural else "")
        if key not in ZH:
            missing.append(key)
            return match.group(0)
        value = ZH[key]
        if plural:
            return head + f"msgstr[0] {_quote(value[0] if isinstance(value, list) else value)}\n"
        return head + f"msgstr {_quote(value)}\n"

    text = ENTRY.sub(replace, text)
    text = re.sub(r'"Plural-Forms: .*\\n"', r'"Plural-Forms: nplurals=1; plural=0;\\n"', text)
    text = text.replace('"Language: \\n"', '"Language: zh_Hans\\n"')
    po_path.write_text(text, encoding="utf-8")
    return missing


def compile_mo(po_path: Path) -> None:
    """Write the .mo beside the .po (GNU format, as msgfmt would, minus hashing)."""
    catalog = {}
    for msgid, plural, msgstrs, fuzzy in parse(po_path.read_text(encoding="utf-8")):
        if fuzzy and msgid:
            continue
        if plural:
            if all(msgstrs):
                catalog[msgid + "\0" + plural] = "\0".join(msgstrs)
        elif msgstrs and (msgstrs[0] or not msgid):
            catalog[msgid] = msgstrs[0]
    keys = sorted(catalog)
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(catalog[k].encode() + b"\0" for k in keys)
    count = len(keys)
    start_ids = 7 * 4
    start_strs = start_ids + count * 8
    data_start = start_strs + count * 8
    id_table, str_table = [], []
    offset = data_start
    for key in keys:
        raw = key.encode()
        id_table += [len(raw), offset]
        offset += len(raw) + 1
    for key in keys:
        raw = catalog[key].encode()
        str_table += [len(raw), offset]
        offset += len(raw) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, start_ids, start_strs, 0, 0)
    body = struct.pack(f"{len(id_table)}i", *id_table) + struct.pack(f"{len(str_table)}i", *str_table)
    po_path.with_suffix(".mo").write_bytes(header + body + ids + strs)


def po_files() -> list[Path]:
    return [ROOT / "src" / "fazhi" / app / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po" for app in APPS]


def untranslated(po_path: Path) -> list[str]:
    return [
        msgid
        for msgid, _plural, msgstrs, fuzzy in parse(po_path.read_text(encoding="utf-8"))
        if msgid and (fuzzy or not all(msgstrs))
    ]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        for conflict in CONFLICTS:
            print("conflicting translations:", conflict)
        bad = {str(p): untranslated(p) for p in po_files()}
        bad = {k: v for k, v in bad.items() if v}
        for path, msgids in bad.items():
            print(path, msgids)
        return 1 if bad or CONFLICTS else 0
    status = 0
    for po in po_files():
        missing = fill(po)
        if missing:
            status = 1
            print(f"{po}: no translation for {missing}")
        compile_mo(po)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
