"""The office imports a department's entity pool for it (代为录入) when the department has no login:
a reason is required, the batch and its rows show who entered them and why, and the person who
entered them cannot check the batch: another person of the office must."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.inspections.models import Entity, InspectionEvent

from ..conftest import make_user, member
from .test_inspections_import import row, workbook

REASON = "该局尚未开通账号，依其书面名录代为录入"


def _upload(unit, numbers):
    return SimpleUploadedFile("entities.xlsx", workbook([row(unit, n) for n in numbers]).getvalue())


def test_the_office_imports_for_a_department_only_with_a_reason(login, reviewer, office, unit_a, filer_a):
    client = login(reviewer)
    page = client.get("/inspections/entities/import/").content.decode()
    assert 'name="proxy_reason"' in page

    response = client.post("/inspections/entities/import/", {"file": _upload(unit_a, [1, 2])})
    assert response.status_code == 200 and "代为录入" in response.content.decode()
    assert not Entity.objects.exists() and not InspectionEvent.objects.exists()

    response = client.post(
        "/inspections/entities/import/",
        {"file": _upload(unit_a, [1, 2, 3]), "proxy": "on", "proxy_reason": REASON},
    )
    assert response.status_code == 302
    batch = InspectionEvent.objects.get(verb="entities")
    assert (batch.actor, batch.organisation, batch.proxy_reason, batch.data["count"]) == (
        reviewer,
        unit_a,
        REASON,
        3,
    )
    assert set(Entity.objects.values_list("batch", flat=True)) == {batch.pk}
    listing = client.get("/inspections/entities/").content.decode()
    assert "代为录入" in listing and reviewer.display_name in listing and REASON in listing

    # The department sees who entered its rows; it gets no proxy fields.
    page = login(filer_a).get("/inspections/entities/").content.decode()
    assert (
        "代为录入" in page
        and 'name="proxy_reason"' not in login(filer_a).get("/inspections/entities/import/").content.decode()
    )


def test_whoever_entered_a_batch_by_proxy_cannot_check_it(login, reviewer, office, unit_a, filer_a):
    client = login(reviewer)
    client.post(
        "/inspections/entities/import/",
        {"file": _upload(unit_a, [1, 2]), "proxy": "on", "proxy_reason": REASON},
    )
    batch = InspectionEvent.objects.get(verb="entities")
    url = f"/inspections/entity-batches/{batch.pk}/check/"

    response = client.post(url, {"note": "已与该局书面名录逐户核对"}, follow=True)
    assert "另一人" in response.content.decode() or "其他人" in response.content.decode()
    assert not InspectionEvent.objects.filter(verb="confirm_entities").exists()

    # The department's own people cannot take the office's step, nor reach it by a forged post.
    assert login(filer_a).post(url, {"note": "x"}).status_code in {403, 404}
    assert not InspectionEvent.objects.filter(verb="confirm_entities").exists()

    colleague = member(make_user("reviewer2", "周明"), office, "office_reviewer")
    client = login(colleague)
    assert REASON in client.get("/inspections/entities/").content.decode()
    response = client.post(url, {"note": "已与该局书面名录逐户核对"})
    assert response.status_code == 302
    check = InspectionEvent.objects.get(verb="confirm_entities")
    assert (check.actor, check.data["batch"]) == (colleague, batch.pk)
    assert REASON not in client.get("/inspections/entities/").content.decode().split("<table")[0]
