"""The default legality-review checklist (合法性审核要点), from docs/duties.md.

Luzhou checks eleven procedural requirements and eleven prohibited contents;
these are the common ones (国办发〔2018〕37号 and 115号 as restated by local
rules). The office edits its region's copy; this is only the starting list.
"""

from __future__ import annotations

DEFAULT_PROCEDURES = (
    "制定主体适格，列入制定主体正面清单",
    "起草说明载明制定依据、必要性和主要内容",
    "开展调查研究和评估论证",
    "公开征求意见不少于7个工作日（与市场主体生产经营密切相关的不少于30日）",
    "涉及市场主体的，听取企业和行业协会商会意见",
    "涉及市场主体经济活动的，开展公平竞争审查",
    "提交集体审议前经合法性审核",
    "经本机关集体审议决定",
    "统一登记、统一编号、统一发布",
    "明确有效期（一般不超过5年，暂行、试行不超过2年）",
    "自公布之日起30日后施行，提前施行的说明理由",
)

DEFAULT_PROHIBITED = (
    "增加法律、法规规定之外的行政权力事项或者减少法定职责",
    "设定行政许可",
    "设定行政处罚",
    "设定行政强制",
    "设定行政事业性收费等增加群众负担的事项",
    "无法律、法规依据减损公民、法人和其他组织合法权益或者增加其义务",
    "侵犯公民人身权、财产权、人格权、劳动权、休息权等基本权利",
    "超越职权规定应由市场调节、企业和社会自律、公民自我管理的事项",
    "含有排除、限制公平竞争的内容",
    "违法干预或者影响市场主体正常生产经营活动",
    "违法设置市场准入和退出条件",
)
