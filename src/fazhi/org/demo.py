"""The demo region: 浙江省湖州市德清县 (330521) with its government, departments,
townships and streets, a commissioned enforcement body, and a login per role.

Unit names follow the county's real administrative pattern; people are
invented. Running it again adds only what is missing and changes nothing else.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.scoping import Role
from fazhi.org import actions
from fazhi.org.models import Membership, Organisation, OrganisationKind, User
from fazhi.org.naming import role_label

REGION_CODE = "330521"
COUNTY = "德清县"
GOVERNMENT = f"{COUNTY}人民政府"
JUSTICE_BUREAU = f"{COUNTY}司法局"
DEMO_PASSWORD = "Fazhi-Demo-2026"  # noqa: S105 -- printed by demo_logins; demo databases only

DEPARTMENTS = [
    "人民政府办公室",
    "发展和改革局",
    "教育局",
    "公安局",
    "民政局",
    "司法局",
    "财政局",
    "人力资源和社会保障局",
    "自然资源和规划局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化和广电旅游体育局",
    "卫生健康局",
    "应急管理局",
    "市场监督管理局",
    "医疗保障局",
    "综合行政执法局",
]
# The names people write in spreadsheets and minutes (the Excel imports accept them).
SHORT_NAMES = {
    "人民政府": "县政府",
    "人民政府办公室": "县府办",
    "发展和改革局": "发改局",
    "人力资源和社会保障局": "人社局",
    "自然资源和规划局": "资规局",
    "住房和城乡建设局": "住建局",
    "交通运输局": "交通局",
    "文化和广电旅游体育局": "文广旅体局",
    "卫生健康局": "卫健局",
    "应急管理局": "应急局",
    "市场监督管理局": "市场监管局",
    "医疗保障局": "医保局",
    "综合行政执法局": "综合执法局",
    "文化市场综合行政执法队": "文化执法队",
}
STREETS = ["武康街道", "舞阳街道", "阜溪街道", "下渚湖街道"]
TOWNSHIPS = ["乾元镇", "新市镇", "洛舍镇", "钟管镇", "禹越镇", "新安镇", "雷甸镇", "莫干山镇"]
COMMISSIONED_BODY = (f"{COUNTY}文化市场综合行政执法队", f"{COUNTY}文化和广电旅游体育局")
EVALUATOR_BODY = f"{COUNTY}法学会"

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["建华", "晓燕", "立新", "佳琪", "国平", "文博", "思远", "海英", "志强", "丽君", "明辉", "雪梅"]

# (username, full name, role, organisation name)
LOGINS = [
    ("admin", "王建国", Role.SYSTEM_ADMIN, GOVERNMENT),
    ("reviewer", "陈思远", Role.OFFICE_REVIEWER, JUSTICE_BUREAU),
    ("scj_filer", "刘晓燕", Role.UNIT_FILER, f"{COUNTY}市场监督管理局"),
    ("scj_leader", "周立新", Role.UNIT_LEADER, f"{COUNTY}市场监督管理局"),
    ("wk_filer", "沈佳琪", Role.UNIT_FILER, f"{COUNTY}武康街道办事处"),
    ("wk_leader", "徐国平", Role.UNIT_LEADER, f"{COUNTY}武康街道办事处"),
    ("evaluator", "孙文博", Role.EVALUATOR, EVALUATOR_BODY),
]


def _contact(index: int) -> dict:
    name = SURNAMES[index % len(SURNAMES)] + GIVEN[(index * 7) % len(GIVEN)]
    return {"contact_person": name, "contact_phone": f"0572-88{index:05d}"}


def _organisation(
    actor, index: int, name: str, kind: str, parent: Organisation | None, **extra
) -> Organisation:
    short_name = _short_name(name)
    existing = Organisation.objects.filter(region_code=REGION_CODE, name=name).first()
    if existing is not None:
        if not existing.short_name and short_name:
            actions.update_organisation(actor, existing, short_name=short_name)
        return existing
    return actions.create_organisation(
        actor,
        name=name,
        short_name=short_name,
        kind=kind,
        region_code=REGION_CODE,
        parent=parent,
        sort_order=index,
        **_contact(index),
        **extra,
    )


def _short_name(name: str) -> str:
    """市场监管局 for 德清县市场监督管理局, 武康街道 for its 办事处, 乾元镇 for its 人民政府."""
    bare = name.removeprefix(COUNTY)
    if bare in SHORT_NAMES:
        return SHORT_NAMES[bare]
    for suffix in ("办事处", "人民政府"):
        if bare.endswith(suffix) and bare != suffix:
            return bare.removesuffix(suffix)
    return bare if bare != name else ""


def _admin() -> User:
    admin, created = User.objects.get_or_create(
        username="admin", defaults={"full_name": "王建国", "is_staff": True, "is_superuser": True}
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save(update_fields=["password"])
    return admin


@transaction.atomic
def load(stdout) -> None:
    admin = _admin()
    before = Organisation.objects.count()
    index = 1
    government = _organisation(admin, index, GOVERNMENT, OrganisationKind.GOVERNMENT, None)
    for department in DEPARTMENTS:
        index += 1
        _organisation(
            admin,
            index,
            f"{COUNTY}{department}",
            OrganisationKind.DEPARTMENT,
            government,
            is_rule_of_law_office=(f"{COUNTY}{department}" == JUSTICE_BUREAU),
        )
    for street in STREETS:
        index += 1
        _organisation(admin, index, f"{COUNTY}{street}办事处", OrganisationKind.STREET, government)
    for township in TOWNSHIPS:
        index += 1
        _organisation(admin, index, f"{COUNTY}{township}人民政府", OrganisationKind.TOWNSHIP, government)
    index += 1
    culture = Organisation.objects.get(region_code=REGION_CODE, name=COMMISSIONED_BODY[1])
    _organisation(admin, index, COMMISSIONED_BODY[0], OrganisationKind.COMMISSIONED_BODY, culture)
    index += 1
    _organisation(admin, index, EVALUATOR_BODY, OrganisationKind.OTHER, None)

    new_people = 0
    for username, full_name, role, organisation_name in LOGINS:
        user, created = User.objects.get_or_create(username=username, defaults={"full_name": full_name})
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            new_people += 1
        organisation = Organisation.objects.get(region_code=REGION_CODE, name=organisation_name)
        if Membership.objects.filter(user=user, organisation=organisation, role=role).exists():
            continue
        if user == admin:
            # The first administrator's own membership: nobody grants himself a role
            # (org.actions), and there is nobody before him to grant it.
            Membership.objects.create(user=user, organisation=organisation, role=role)
        else:
            actions.grant_role(admin, user, organisation, role)
    stdout.write(
        _("Demo region %(county)s: %(new)d organisations added (%(total)d in all), %(people)d logins added.")
        % {
            "county": COUNTY,
            "new": Organisation.objects.count() - before,
            "total": Organisation.objects.count(),
            "people": new_people,
        }
    )


def login_lines() -> list[str]:
    lines = [_("Demo logins (password for all: %(password)s):") % {"password": DEMO_PASSWORD}]
    for username, full_name, role, organisation_name in LOGINS:
        label = role_label(role, Organisation(region_code=REGION_CODE))
        lines.append(f"  {username:<12} {full_name}  {label}  {organisation_name}")
    return lines
