from django.urls import path

from fazhi.education import views
from fazhi.education.actions_edit import CREATORS
from fazhi.education.importers import IMPORTERS
from fazhi.education.listing import OWN_PAGES, PAGES

app_name = "education"
urlpatterns = [
    path("", views.index, name="index"),
    path("study/<int:pk>/", views.session, name="session"),
    path("reports/<int:pk>/", views.report, name="report"),
    path("reports/<int:pk>/file/", views.report_file, name="report_file"),
    path("lists/<int:pk>/", views.responsibility_list, name="list"),
    path("lists/<int:pk>/publish/", views.publish_list, name="publish_list"),
    path("schools/<int:pk>/", views.school, name="school"),
]
for kind in PAGES:
    urlpatterns += [
        path(f"{kind}/", views.records, {"kind": kind}, name=kind),
        path(f"{kind}/export/", views.export, {"kind": kind}, name=f"{kind}_export"),
        path(f"{kind}/new/", views.create, {"kind": kind}, name=f"{kind}_create"),
    ]
    if kind not in OWN_PAGES:
        urlpatterns.append(path(f"{kind}/<int:pk>/", views.record, {"kind": kind}, name=f"{kind}_detail"))
    if PAGES[kind].model in CREATORS:
        urlpatterns.append(path(f"{kind}/<int:pk>/edit/", views.edit, {"kind": kind}, name=f"{kind}_edit"))
for kind in IMPORTERS:
    urlpatterns += [
        path(f"{kind}/import/", views.import_records, {"kind": kind}, name=f"{kind}_import"),
        path(
            f"{kind}/import/template/", views.import_template, {"kind": kind}, name=f"{kind}_import_template"
        ),
    ]
