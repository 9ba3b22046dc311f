"""The official text (正式文本) of a normative document: attached by the issuer, read inside through the
scoping helper, and offered on the portal only once the document is issued and public."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.core.deadlines import local_today
from fazhi.core.exports import plain_docx
from fazhi.normdocs import actions, actions_cleanup
from fazhi.normdocs.models import DocumentStatus, NormativeDocument, NormativeDocumentEvent

from .conftest import all_yes, draft_of, issued_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def events():
    return NormativeDocumentEvent.objects.count()


def attach(user, document, name="正文.pdf", content=b"%PDF-1.7\n%official text"):
    return actions.attach_official_text(user, document, SimpleUploadedFile(name, content))


def test_issue_form_takes_the_official_text_and_the_portal_offers_it(
    login, listed, filer_a, reviewer, unit_a, client
):
    document = draft_of(filer_a, unit_a)
    actions.submit_for_review(filer_a, document, today=dt.date(2025, 3, 17))
    actions.install_default_checklist(reviewer, unit_a.region_code)
    actions.record_review(reviewer, document, outcome="passed", answers=all_yes(), today=dt.date(2025, 3, 20))
    content = plain_docx("", "德清县关于规范网络餐饮服务的通知（正式文本）")
    response = login(filer_a).post(
        f"/normdocs/{document.pk}/issue/",
        {
            "document_number": "德市监〔2025〕7号",
            "issued_on": local_today().isoformat(),
            "official_text": SimpleUploadedFile("正式文本 终稿.docx", content),
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.status == DocumentStatus.IN_FORCE
    assert (
        document.official_text.name.startswith(f"normdocs/{unit_a.pk}/")
        and "终稿" not in document.official_text.name
    )
    event = NormativeDocumentEvent.objects.get(document=document, verb="attach_text")
    assert event.data == {
        "file": "正式文本 终稿.docx",
        "bytes": len(content),
        "replaced": False,
        "status": "in_force",
    }
    client.logout()
    assert f"/portal/normdocs/{document.pk}/text/" in client.get("/portal/normdocs/").content.decode()
    assert (
        f"/portal/normdocs/{document.pk}/text/"
        in client.get(f"/portal/normdocs/{document.pk}/").content.decode()
    )
    response = client.get(f"/portal/normdocs/{document.pk}/text/")
    assert b"".join(response.streaming_content) == content
    assert response["Content-Disposition"].endswith(
        "%E5%BE%B7%E5%B8%82%E7%9B%91%E3%80%942025%E3%80%957%E5%8F%B7.docx"
    )


@pytest.mark.parametrize("outcome", ["retain", "amend", "abolish", "expire"])
def test_the_portal_offers_the_text_in_every_public_state(
    listed, filer_a, reviewer, office, unit_a, client, outcome
):
    document = issued_of(filer_a, reviewer, unit_a)
    attach(filer_a, document)
    campaign = actions_cleanup.create_campaign(
        reviewer, office, title="2025年度集中清理", started_on=dt.date(2025, 9, 1)
    )
    actions_cleanup.decide_cleanup(
        reviewer, campaign, document, outcome=outcome, decided_on=dt.date(2025, 10, 15)
    )
    document.refresh_from_db()
    assert document.is_published
    response = client.get(f"/portal/normdocs/{document.pk}/text/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7\n%official text"


def test_the_portal_refuses_the_text_of_drafts_and_of_documents_not_yet_issued(
    listed, filer_a, reviewer, unit_a, client
):
    draft = draft_of(filer_a, unit_a, title="草案一")
    attach(filer_a, draft)
    in_review = draft_of(filer_a, unit_a, title="草案二")
    attach(filer_a, in_review)
    actions.submit_for_review(filer_a, in_review, today=dt.date(2025, 3, 17))
    approved = draft_of(filer_a, unit_a, title="草案三")
    attach(filer_a, approved)
    actions.submit_for_review(filer_a, approved, today=dt.date(2025, 3, 17))
    actions.install_default_checklist(reviewer, unit_a.region_code)
    actions.record_review(reviewer, approved, outcome="passed", answers=all_yes(), today=dt.date(2025, 3, 20))
    for document in (draft, in_review, approved):
        response = client.get(f"/portal/normdocs/{document.pk}/text/")
        assert response.status_code == 404 and b"official text" not in response.content
    assert "/text/" not in client.get("/portal/normdocs/").content.decode()
    # Issued before the platform (the register), with no file: an issue on the platform needs its text.
    issued = actions.register_issued_document(
        filer_a,
        unit_a,
        title="已印发无正文",
        document_number="德市监〔2025〕9号",
        issued_on=dt.date(2025, 4, 1),
    )
    assert client.get(f"/portal/normdocs/{issued.pk}/text/").status_code == 404  # issued, but no file
    assert client.get(f"/portal/normdocs/{issued.pk + 1000}/text/").status_code == 404


def test_unit_b_cannot_fetch_or_replace_a_drafts_text(
    login, listed, filer_a, filer_b, reviewer, unit_a, unit_b, snapshot, media
):
    draft = draft_of(filer_a, unit_a)
    attach(filer_a, draft, content=b"%PDF-1.7\nsecret draft")
    own = draft_of(filer_b, unit_b, title="乙单位草案")
    client = login(filer_a)
    assert (
        b"".join(client.get(f"/normdocs/{draft.pk}/text/file/").streaming_content)
        == b"%PDF-1.7\nsecret draft"
    )
    assert b"".join(login(reviewer).get(f"/normdocs/{draft.pk}/text/file/").streaming_content).endswith(
        b"secret draft"
    )
    before, count, files = snapshot(draft), events(), sorted(media.rglob("*.*"))
    client = login(filer_b)
    for url in (
        f"/normdocs/{draft.pk}/text/file/",
        f"/normdocs/{draft.pk}/text/",
        f"/normdocs/{draft.pk + 1000}/text/file/",
    ):
        response = client.get(url)
        assert response.status_code == 404 and b"secret draft" not in response.content
    response = client.post(
        f"/normdocs/{draft.pk}/text/", {"official_text": SimpleUploadedFile("冒充.pdf", b"%PDF-1.4 forged")}
    )
    assert response.status_code == 404
    assert snapshot(draft) == before and events() == count and sorted(media.rglob("*.*")) == files
    assert client.get(f"/normdocs/{own.pk}/text/file/").status_code == 404  # own draft, nothing attached yet
    assert client.get(f"/api/normdocs/{own.pk}").json()["has_official_text"] is False
    assert login(filer_a).get(f"/api/normdocs/{draft.pk}").json()["has_official_text"] is True


def test_the_issuer_replaces_the_text_and_the_event_says_so(login, listed, filer_a, unit_a):
    document = draft_of(filer_a, unit_a)
    client = login(filer_a)
    page = client.get(f"/normdocs/{document.pk}/").content.decode()
    assert (
        f'href="/normdocs/{document.pk}/text/"' in page
        and "上传正文" in page
        and "data-official-text" not in page
    )
    response = client.post(
        f"/normdocs/{document.pk}/text/",
        {"official_text": SimpleUploadedFile("草案.txt", "第一条 为了规范……".encode())},
    )
    assert response.status_code == 302
    response = client.post(
        f"/normdocs/{document.pk}/text/",
        {"official_text": SimpleUploadedFile("草案二稿.docx", plain_docx("", "第一条 修改后"))},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.official_text.name.endswith(".docx")
    replaced = list(
        NormativeDocumentEvent.objects.filter(document=document, verb="attach_text")
        .order_by("id")
        .values_list("data__replaced", flat=True)
    )
    assert replaced == [False, True]
    page = client.get(f"/normdocs/{document.pk}/").content.decode()
    assert f"/normdocs/{document.pk}/text/file/" in page and "更换正文" in page and "上传正文" not in page


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(
            "正文.pdf",
            os.urandom(4096),
            "文件不是真正的 pdf 文件（可能已损坏或被改名）。",
            id="renamed-binary",
        ),
        pytest.param(
            "正文.docx",
            b"plain words",
            "文件不是真正的 docx 文件（可能已损坏或被改名）。",
            id="text-named-docx",
        ),
        pytest.param("正文.txt", b"\x00\x01binary\x00\x02", "文件不是文本文件。", id="binary-txt"),
        pytest.param("正文.pdf", b"", "文件为空。", id="empty"),
        pytest.param("正文.pdf", b"%PDF-1.4 " + b"x" * (20 * 1024 * 1024), "文件超过 20 MB。", id="oversize"),
        pytest.param("正文.exe", b"MZ\x90\x00", "不接受此类文件，请选择：doc、docx、pdf、txt。", id="exe"),
        pytest.param(
            "附表.xlsx", b"PK\x03\x04xl", "不接受此类文件，请选择：doc、docx、pdf、txt。", id="xlsx"
        ),
    ],
)
def test_bad_files_are_refused_in_chinese_and_nothing_is_saved(
    login, listed, filer_a, unit_a, snapshot, media, name, content, message
):
    document = draft_of(filer_a, unit_a)
    before, count = snapshot(document), events()
    response = login(filer_a).post(
        f"/normdocs/{document.pk}/text/", {"official_text": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert snapshot(document) == before and events() == count
    assert not any(media.rglob("*.*"))


def test_a_bad_file_on_the_issue_form_issues_nothing(
    login, listed, filer_a, reviewer, unit_a, snapshot, media
):
    document = draft_of(filer_a, unit_a)
    actions.submit_for_review(filer_a, document, today=dt.date(2025, 3, 17))
    actions.install_default_checklist(reviewer, unit_a.region_code)
    actions.record_review(reviewer, document, outcome="passed", answers=all_yes(), today=dt.date(2025, 3, 20))
    before, count = snapshot(document), events()
    response = login(filer_a).post(
        f"/normdocs/{document.pk}/issue/",
        {
            "document_number": "德市监〔2025〕8号",
            "issued_on": local_today().isoformat(),
            "official_text": SimpleUploadedFile("正文.pdf", os.urandom(512)),
        },
    )
    assert "文件不是真正的 pdf 文件" in response.content.decode()
    assert snapshot(document) == before and events() == count
    assert NormativeDocument.objects.get(pk=document.pk).status == DocumentStatus.APPROVED
    assert not any(media.rglob("*.*"))


def test_no_new_text_while_the_office_reviews_the_draft(login, listed, filer_a, unit_a, snapshot, media):
    document = draft_of(filer_a, unit_a)
    attach(filer_a, document)
    actions.submit_for_review(filer_a, document, today=dt.date(2025, 3, 17))
    document.refresh_from_db()
    before, count, files = snapshot(document), events(), sorted(media.rglob("*.*"))
    response = login(filer_a).post(
        f"/normdocs/{document.pk}/text/",
        {"official_text": SimpleUploadedFile("改稿.pdf", b"%PDF-1.4 changed")},
    )
    assert "草案正在合法性审核中，不能更换正文。" in response.content.decode()
    assert (
        f'href="/normdocs/{document.pk}/text/"'
        not in login(filer_a).get(f"/normdocs/{document.pk}/").content.decode()
    )
    assert snapshot(document) == before and events() == count and sorted(media.rglob("*.*")) == files
