"""Login lockout, CSRF, session expiry, security headers, no CDN."""

from __future__ import annotations

import re
from datetime import timedelta

from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from fazhi.org.models import Organisation

PASSWORD = "Correct-Horse-Battery-9"


def test_wrong_password_gets_a_chinese_message(client, filer_a):
    response = client.post(reverse("login"), {"username": "filer_a", "password": "wrong"})
    assert response.status_code == 200
    assert "用户名或密码错误" in response.content.decode()


def test_lockout_after_repeated_failures(client, filer_a):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "filer_a", "password": "wrong"})
    # Now even the right password is refused for this user from this address.
    response = client.post(reverse("login"), {"username": "filer_a", "password": PASSWORD})
    assert response.status_code == 429
    assert "登录已锁定" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_user_name(client, filer_a, filer_b):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "filer_a", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "filer_b", "password": PASSWORD})
    assert response.status_code == 302


def test_successful_login_and_logout(client, filer_a):
    response = client.post(reverse("login"), {"username": "filer_a", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get("/").status_code == 302


def test_logout_by_get_is_refused(login, filer_a):
    client = login(filer_a)
    assert client.get(reverse("logout")).status_code == 405
    assert client.get("/").status_code == 200


def test_login_form_without_csrf_token_is_refused(filer_a):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("login"), {"username": "filer_a", "password": PASSWORD})
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()


def test_forms_without_csrf_token_change_nothing(filer_a, unit_a, snapshot):
    client = Client(enforce_csrf_checks=True)
    client.force_login(filer_a)
    before = snapshot(unit_a)
    response = client.post(
        reverse("org:edit_contact", args=[unit_a.pk]),
        {"contact_person": "跨站", "contact_phone": "0572-8800009", "address": ""},
    )
    assert response.status_code == 403
    assert snapshot(unit_a) == before


def test_every_form_on_the_pages_carries_a_csrf_token(login, filer_a, unit_a):
    client = login(filer_a)
    for url in (
        "/",
        reverse("org:detail", args=[unit_a.pk]),
        reverse("org:edit_contact", args=[unit_a.pk]),
        reverse("password_change"),
        reverse("notices"),
    ):
        page = client.get(url).content.decode()
        for form in re.findall(r"<form[^>]*method=\"post\".*?</form>", page, flags=re.S):
            assert "csrfmiddlewaretoken" in form, (url, form[:80])


def test_session_expires_after_idle_time(login, filer_a):
    client = login(filer_a)
    session = client.session
    session.set_expiry(timezone.now() - timedelta(seconds=1))
    session.save()
    assert client.get("/").status_code == 302


def test_password_validators_apply_in_chinese(login, filer_a):
    response = login(filer_a).post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert (
        "密码太短，至少需要 10 个字符。" in page and "这个密码太常见了" in page and "密码只包含数字。" in page
    )


def test_security_headers(client, db):
    response = client.get(reverse("login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie["samesite"] == "Lax"


def test_pages_load_nothing_from_other_hosts(login, filer_a, unit_a, client):
    pages = [client.get(reverse("login")).content.decode(), client.get("/portal/").content.decode()]
    user_client = login(filer_a)
    pages += [user_client.get(url).content.decode() for url in ("/", reverse("org:detail", args=[unit_a.pk]))]
    for page in pages:
        assert not re.search(r"""(src|href)=["'](https?:)?//""", page)


def test_static_assets_are_served_from_installed_packages(client, db):
    for path in (
        "/static/core/fazhi.css",
        "/static/django_htmx/htmx-2.min.js",
        "/static/ninja/swagger-ui.css",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        b"".join(response.streaming_content if response.streaming else [response.content])


def test_portal_needs_no_login_and_shows_no_unit_data(client, unit_a):
    page = client.get("/portal/").content.decode()
    assert "政务公开" in page
    assert unit_a.contact_phone not in page
    assert Organisation.objects.count() >= 1


def test_lockout_address_behind_a_proxy_is_the_last_forwarded_hop(settings, rf):
    from fazhi.core.security import client_ip

    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 10.1.2.3", REMOTE_ADDR="127.0.0.1")
    settings.FAZHI_BEHIND_PROXY = False
    assert client_ip(request) == "127.0.0.1"  # a client cannot choose its address
    settings.FAZHI_BEHIND_PROXY = True
    assert client_ip(request) == "10.1.2.3"  # the hop our proxy appended, not the client's claim
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.2")) == "127.0.0.2"


def test_lockout_is_per_address(client, filer_a, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "filer_a", "password": "wrong"}, REMOTE_ADDR="10.0.0.1")
    locked = client.post(
        reverse("login"), {"username": "filer_a", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1"
    )
    assert locked.status_code == 429
    other = Client().post(
        reverse("login"), {"username": "filer_a", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2"
    )
    assert other.status_code == 302


def test_a_get_on_a_step_url_shows_a_chinese_page_not_a_blank_405(login, reviewer):
    response = login(reviewer).get(reverse("notices_mark_read"), HTTP_REFERER="/filings/")
    assert response.status_code == 405
    page = response.content.decode()
    assert 'id="method-not-allowed"' in page and "不能作为页面打开" in page
    assert 'href="/filings/"' in page
    assert response.headers["Allow"] == "POST"
