"""Demo random inspections for 德清县: a county list of 30 matters, 2,000 entities, 40 inspectors,
a department's plan drawn with results published, and a joint plan (进一次门、查多项事) drawn;
both draws verified from their published files."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _
from stdnum.cn import uscc

from fazhi.core.deadlines import local_today
from fazhi.inspections import actions, draws
from fazhi.inspections.models import Matter
from fazhi.org.models import Organisation, User

REGION_CODE = "330521"
PROXY_REASON = "该单位尚未开通平台账号，系统管理员根据其书面报送材料代为录入。"
MARKET = "德清县市场监督管理局"
HEALTH = "德清县卫生健康局"
MARKET_MATTERS = [
    ("食品经营者经营条件检查", "《中华人民共和国食品安全法》第一百一十条", "食品经营者", "key"),
    ("食品生产者生产条件检查", "《中华人民共和国食品安全法》第一百一十条", "食品生产者", "key"),
    ("企业公示信息检查", "《企业信息公示暂行条例》第十四条", "企业", "general"),
    ("广告发布行为检查", "《中华人民共和国广告法》第四十九条", "广告经营者", "general"),
    ("计量器具监督检查", "《中华人民共和国计量法》第十八条", "经营者", "general"),
    ("特种设备使用单位检查", "《中华人民共和国特种设备安全法》第五十七条", "使用单位", "key"),
    ("药品经营质量检查", "《中华人民共和国药品管理法》第九十九条", "药品经营企业", "key"),
    ("医疗器械经营检查", "《医疗器械监督管理条例》第七十条", "医疗器械经营企业", "general"),
    ("化妆品经营检查", "《化妆品监督管理条例》第四十六条", "化妆品经营者", "general"),
    ("产品质量监督抽查", "《中华人民共和国产品质量法》第十五条", "生产者、销售者", "general"),
]
HEALTH_MATTERS = [
    ("公共场所卫生检查", "《公共场所卫生管理条例》第十条", "公共场所经营者", "general"),
    ("生活饮用水卫生检查", "《生活饮用水卫生监督管理办法》第十六条", "供水单位", "general"),
    ("医疗机构执业检查", "《医疗机构管理条例》第四十条", "医疗机构", "key"),
    ("职业卫生检查", "《中华人民共和国职业病防治法》第六十二条", "用人单位", "general"),
    ("消毒产品生产企业检查", "《消毒管理办法》第三十五条", "消毒产品生产企业", "general"),
]
CATEGORIES = ["食品经营", "商贸", "餐饮", "药品零售", "公共场所"]
STREETS = ["武康街道", "舞阳街道", "阜溪街道", "乾元镇", "新市镇", "洛舍镇", "钟管镇", "禹越镇"]


def credit_code(number: int) -> str:
    body = f"91330521MA2{number:06d}"
    return body + uscc.calc_check_digit(body)


def _entity_rows(start: int, count: int) -> list[dict]:
    return [
        {
            "name": f"德清县{STREETS[n % len(STREETS)]}{'甲乙丙丁戊己庚辛'[n % 8]}记商贸有限公司{n}号店",
            "credit_code": credit_code(n),
            "legal_representative": f"{'张王李赵陈沈'[n % 6]}某",
            "address": f"{STREETS[n % len(STREETS)]}某路{n % 300 + 1}号",
            "category": CATEGORIES[n % len(CATEGORIES)],
            "risk_grade": "high" if n % 25 == 0 else ("low" if n % 3 == 0 else "medium"),
            "has_complaints": n % 40 == 7,
            "is_abnormal": n % 97 == 11,
        }
        for n in range(start, start + count)
    ]


def _actor(unit: Organisation, admin: User) -> tuple[User, str]:
    filer = User.objects.filter(
        memberships__organisation=unit, memberships__role="unit_filer", memberships__is_active=True
    ).first()
    return (filer, "") if filer else (admin, PROXY_REASON)


def _fill(unit, admin, matters, *, versions: int, entities: tuple[int, int], inspectors: tuple[int, int]):
    actor, proxy = _actor(unit, admin)
    created = []
    for round_number in range(versions):
        for name, basis, object_type, kind in matters:
            label = name if round_number == 0 else f"{name}（专项{round_number + 1}）"
            created.append(
                actions.add_matter(
                    actor,
                    unit,
                    proxy_reason=proxy,
                    name=label,
                    legal_basis=basis,
                    object_type=object_type,
                    kind=kind,
                    method="现场检查、书面检查",
                )
            )
    actions.add_entities(actor, unit, _entity_rows(*entities), proxy_reason=proxy)
    start, count = inspectors
    for n in range(start, start + count):
        actions.add_inspector(
            actor,
            unit,
            proxy_reason=proxy,
            name=f"{'吴郑孙周钱冯陆沈'[n % 8]}{'建国晓燕立新佳琪志强海燕'[n % 6 * 2 : n % 6 * 2 + 2]}",
            certificate_number=f"33052102{n:04d}",
            field="市场监管" if start == 0 else "卫生健康",
            expires_on=dt.date(local_today().year + 2, 12, 31),
        )
    return actor, proxy, created


@transaction.atomic
def load(stdout) -> None:
    admin = User.objects.filter(username="admin").first()
    market = Organisation.objects.filter(name=MARKET, region_code=REGION_CODE).first()
    health = Organisation.objects.filter(name=HEALTH, region_code=REGION_CODE).first()
    if admin is None or market is None or health is None:
        stdout.write(_("Random inspections demo: load the demo region first."))
        return
    if Matter.objects.filter(organisation=market).exists():
        stdout.write(_("Random inspections demo: already loaded."))
        return
    actor, proxy, market_matters = _fill(
        market, admin, MARKET_MATTERS, versions=2, entities=(0, 1800), inspectors=(0, 30)
    )
    actions.revise_matter(
        actor,
        market_matters[2],
        proxy_reason=proxy,
        change_reason="《企业信息公示暂行条例》2024年修订，更新依据",
        legal_basis="《企业信息公示暂行条例》（2024年修订）第十四条",
    )
    health_actor, health_proxy, health_matters = _fill(
        health, admin, HEALTH_MATTERS, versions=2, entities=(1800, 200), inspectors=(30, 10)
    )
    year = local_today().year
    period = {"starts_on": dt.date(year, 1, 1), "ends_on": dt.date(year, 12, 31)}
    plan = actions.create_plan(
        actor,
        market,
        proxy_reason=proxy,
        title=f"{year}年度食品经营主体双随机抽查",
        matters=market_matters[:2],
        category="食品经营",
        **period,
    )
    draw = actions.perform_draw(
        actor, actions.commit_draw(actor, plan, proxy_reason=proxy), proxy_reason=proxy
    )
    today = local_today()
    outcomes = ["no_problem", "no_problem", "rectify", "no_problem", "not_found", "case"]
    for index, task in enumerate(draw.tasks.all()[:12]):
        outcome = outcomes[index % len(outcomes)]
        actions.record_result(
            actor,
            task,
            proxy_reason=proxy,
            outcome=outcome,
            inspected_on=today,
            findings="进货查验记录不全" if outcome == "rectify" else "",
            follow_up="责令七日内整改，已复查" if outcome == "rectify" else "",
        )
    actions.publish_results(actor, plan, proxy_reason=proxy)
    joint = actions.create_plan(
        actor,
        market,
        proxy_reason=proxy,
        title=f"{year}年度餐饮场所部门联合双随机抽查（进一次门、查多项事）",
        matters=[market_matters[0], health_matters[0]],
        partners=[health],
        category="餐饮",
        **period,
    )
    joint_draw = actions.perform_draw(
        actor, actions.commit_draw(actor, joint, proxy_reason=proxy), proxy_reason=proxy
    )
    for made in (draw, joint_draw):
        verification = draws.verify(
            made.snapshot.encode(),
            made.seed,
            made.result.encode(),
            published_snapshot_sha256=made.snapshot_sha256,
            published_seed_commitment=made.seed_commitment,
        )
        if not verification.matches:
            raise RuntimeError(f"demo draw {made.pk} does not verify: {verification.problems}")
    stdout.write(
        _("Random inspections demo: %(matters)d matters, %(entities)d entities, 2 plans drawn and verified.")
        % {"matters": Matter.objects.filter(is_current=True).count(), "entities": 2000}
    )
