"""The portal's URLs: its home, then each installed app's ``portal.py``.

An app publishes by defining ``urlpatterns`` (with one named ``index``) in
``fazhi/<app>/portal.py``; it is mounted at /portal/<app>/ under the
namespace ``<app>_portal``. Those views must choose published records
explicitly; the public has no scope.
"""

from django.urls import include, path

from fazhi.core.modules import app_modules
from fazhi.portal import views

app_name = "portal"
urlpatterns = [path("", views.home, name="home")]


def app_portal_patterns():
    return [
        path(f"{config.label}/", include((module.urlpatterns, f"{config.label}_portal")))
        for config, module in app_modules("portal")
    ]
