"""A department's own business under a code's words: a family of narrowing's rules (twenty-sixth session).

Departments' reports count their staff's and their sector's business beside the rule-of-law duties, in the
same words: officers newly certified (新取得基本级执法资格305人) are a part of the officers, and contestants
(参赛执法人员120名) or exam takers are not all of them; files a department sent up for review (报送案卷20卷,
接受市局案卷评查) were reviewed by someone else; disputes an arbitration body took in (劳动人事争议调解仲裁机构受理…,
土地承包经营纠纷) are not people's mediation.
(Officers' business training, 执法人员业务培训4场次, stays a training: a labelled tuning page counts it.)
"""

from __future__ import annotations

import re

from .quantity import Quantity

_OFFICERS = "enforcement.officers"
_CASE_FILES = "enforcement.case_files_reviewed"
_MEDIATION_CASES = "disputes.mediation_cases"
OWN_BUSINESS_CODES = frozenset({_OFFICERS, _CASE_FILES, _MEDIATION_CASES})
_NEWLY_CERTIFIED = re.compile(r"新(?:取得|获得|增|申领|办理|领取)[^，。；\d]{0,8}?执法(?:资格|证)")
_CONTEST = re.compile(r"参赛|竞赛|比武|参考")  # contestants, or who sat an exam (参考民警2130名)
_FILES_SENT_UP = re.compile(r"报送[^，。；\d]{0,6}?案卷|接受[^，。；\d]{0,8}?评查|迎接[^，。；\d]{0,8}?评查")
# (labour disputes mediated by a mediation organization, 依托劳动争议调解组织调解劳动争议640件, are mediation)
_ARBITRATED = re.compile(r"仲裁|土地承包(?:经营)?纠纷")


def own_business(codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity) -> set[str]:
    """The codes a figure loses because it counts a department's own business under the code's words."""
    _s0, c0, _c1 = clause
    words = text[c0 : quantity.start]
    dropped: set[str] = set()
    if _OFFICERS in codes and (_NEWLY_CERTIFIED.search(words) or _CONTEST.search(words)):
        dropped.add(_OFFICERS)  # 新取得基本级执法资格305人; 参赛执法人员120余名
    if _CASE_FILES in codes and _FILES_SENT_UP.search(words):
        dropped.add(_CASE_FILES)  # 向市局报送案卷20卷
    if _MEDIATION_CASES in codes and _ARBITRATED.search(words):
        dropped.add(_MEDIATION_CASES)  # 受理劳动人事争议案件274件
    return dropped
