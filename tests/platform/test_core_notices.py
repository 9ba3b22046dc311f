from __future__ import annotations

from django.urls import reverse

from fazhi.core import notices
from fazhi.core.models import Notice


def test_notices_are_private(login, filer_a, filer_b):
    notices.send([filer_a], "甲单位的提醒", "/org/")
    client = login(filer_b)
    assert "甲单位的提醒" not in client.get(reverse("notices")).content.decode()
    client.post(reverse("notices_mark_read"))
    assert Notice.objects.get(recipient=filer_a).read_at is None
    client = login(filer_a)
    assert "甲单位的提醒" in client.get(reverse("notices")).content.decode()
    assert '<span class="badge">1</span>' in client.get("/").content.decode()
    client.post(reverse("notices_mark_read"))
    assert Notice.objects.get(recipient=filer_a).read_at is not None


def test_mark_read_needs_post(login, filer_a):
    assert login(filer_a).get(reverse("notices_mark_read")).status_code == 405


def test_mail_only_when_configured_and_asked(filer_a, settings, mailoutbox):
    filer_a.email = "liuxiaoyan@example.gov.cn"
    filer_a.save()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.FAZHI_EMAIL_ENABLED = False
    notices.send([filer_a], "整改期限将至", "/org/", email=True)
    assert mailoutbox == []
    settings.FAZHI_EMAIL_ENABLED = True
    notices.send([filer_a], "整改期限将至", "/org/")
    assert mailoutbox == []
    notices.send([filer_a], "整改期限将至", "/org/", email=True)
    assert [m.to for m in mailoutbox] == [["liuxiaoyan@example.gov.cn"]]
    assert mailoutbox[0].subject == "[法治] 整改期限将至"
    assert Notice.objects.filter(recipient=filer_a).count() == 3
