"""The portal's URLs: its home, then each installed app's ``portal.py``.

An app publishes by defining ``urlpatterns`` (with one named ``index``) in
``fazhi/<app>/portal.py``; it is mounted at /portal/<app>/ under the
namespace ``<app>_portal``. Those views must choose published records
explicitly; the public has no scope.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.urls import include, path

from fazhi.portal import views

app_name = "portal"
urlpatterns = [path("", views.home, name="home")]


def app_portal_patterns():
    mounted = []
    for config in apps.get_app_configs():
        if not config.name.startswith("fazhi.") or find_spec(f"{config.name}.portal") is None:
            continue
        module = import_module(f"{config.name}.portal")
        mounted.append(path(f"{config.label}/", include((module.urlpatterns, f"{config.label}_portal"))))
    return mounted
