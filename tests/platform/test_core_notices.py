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
