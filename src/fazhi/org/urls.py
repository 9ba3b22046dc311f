from django.urls import path

from fazhi.org import views

app_name = "org"
urlpatterns = [
    path("", views.index, name="index"),
    path("export/", views.export, name="export"),
    path("import/", views.import_organisations, name="import"),
    path("import/template/", views.import_template, name="import_template"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/contact/", views.edit_contact_details, name="edit_contact"),
    path("<int:pk>/people/add/", views.add_person, name="add_person"),
    path("<int:pk>/people/<int:membership_pk>/revoke/", views.revoke_membership, name="revoke_membership"),
]
