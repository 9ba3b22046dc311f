"""The portal's URLs: its home, then each installed app's ``portal.py``.

An app publishes by defining ``urlpatterns`` (with one named ``index``) in
``fazhi/<app>/portal.py``; it is mounted at /portal/<app>/ under the
namespace ``<app>_portal``. Those views must choose published records
explicitly; the public has no scope.
"""

from django.urls import include, path, register_converter

from fazhi.core.modules import app_modules
from fazhi.portal import data, views


class RegionCode:
    """A six-digit region code (GB/T 2260), kept as text: 330521."""

    regex = "[0-9]{6}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)


class Year:
    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return f"{int(value):04d}"


register_converter(RegionCode, "region")
register_converter(Year, "year")

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("data/", data.index, name="data_index"),
    path("data/catalog.json", data.catalog, name="data_catalog"),
    path("data/<region:region>/<year:year>/<slug:slug>.csv", data.dataset_csv, name="data_csv"),
    path("data/<region:region>/<year:year>/<slug:slug>.json", data.dataset_json, name="data_json"),
    path("data/<region:region>/<year:year>/<slug:slug>.schema.json", data.dataset_schema, name="data_schema"),
    path("<region:region>/", views.region_home, name="region"),
    path("<region:region>/<year:year>/", views.year_page, name="year"),
]


def app_portal_patterns():
    return [
        path(f"{config.label}/", include((module.urlpatterns, f"{config.label}_portal")))
        for config, module in app_modules("portal")
    ]
