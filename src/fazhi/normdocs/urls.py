from django.urls import path

from fazhi.normdocs import views, views_cleanup

app_name = "normdocs"
urlpatterns = [
    path("", views.index, name="index"),
    path("export/", views.export, name="export"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/review/", views.review, name="review"),
    path("<int:pk>/issue/", views.issue, name="issue"),
    path("<int:pk>/text/", views.official_text, name="official_text"),
    path("<int:pk>/text/file/", views.official_text_file, name="official_text_file"),
    path("<int:pk>/file/", views.file, name="file"),
    path("<int:pk>/filing/decide/", views.decide_filing, name="decide_filing"),
    path("<int:pk>/evaluate/", views.evaluate, name="evaluate"),
    path("filings/", views.filings, name="filings"),
    path("issuers/", views.issuers, name="issuers"),
    path("checklist/", views.checklist, name="checklist"),
    path("cleanups/", views_cleanup.cleanups, name="cleanups"),
    path("cleanups/<int:pk>/", views_cleanup.cleanup_detail, name="cleanup_detail"),
    path("import/<slug:what>/", views_cleanup.import_records, name="import"),
    path("import/<slug:what>/template/", views_cleanup.import_template, name="import_template"),
]
