from django.urls import path

from fazhi.decisions import views

app_name = "decisions"
urlpatterns = [
    path("", views.index, name="index"),
    path("export/", views.export, name="export"),
    path("catalogues/new/", views.catalogue_create, name="catalogue_create"),
    path("catalogues/<int:pk>/", views.catalogue, name="catalogue"),
    path("catalogues/<int:pk>/publish/", views.catalogue_publish, name="catalogue_publish"),
    path("catalogues/<int:pk>/add/", views.item_add, name="item_add"),
    path("catalogues/<int:pk>/import/", views.catalogue_import, name="import"),
    path("catalogues/import/template/", views.import_template, name="import_template"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/adjust/", views.item_adjust, name="item_adjust"),
    path("<int:pk>/edit/", views.item_edit, name="item_edit"),
    path("<int:pk>/procedure/", views.procedure, name="procedure"),
    path("<int:pk>/call/", views.call_open, name="call_open"),
    path("<int:pk>/call/outcome/", views.call_outcome, name="call_outcome"),
    path("<int:pk>/take/", views.take, name="take"),
    path("<int:pk>/hearing/", views.hearing, name="hearing"),
    path("<int:pk>/hearing/record/", views.hearing_record, name="hearing_record"),
    path("<int:pk>/document/", views.document, name="document"),
    path("<int:pk>/documents/<int:document_pk>/file/", views.archive_file, name="archive_file"),
    path("<int:pk>/evaluate/", views.evaluate, name="evaluate"),
]
