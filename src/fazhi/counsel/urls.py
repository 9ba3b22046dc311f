from django.urls import path

from fazhi.counsel import views

app_name = "counsel"
urlpatterns = [
    path("", views.index, name="index"),
    path("export/", views.export, name="export"),
    path("new/", views.create, name="create"),
    path("coverage/", views.coverage, name="coverage"),
    path("import/", views.import_engagements, name="import"),
    path("import/template/", views.import_template, name="import_template"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/end/", views.end, name="end"),
]
