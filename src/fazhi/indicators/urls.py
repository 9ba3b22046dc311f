from django.urls import path

from fazhi.indicators import views

app_name = "indicators"
urlpatterns = [
    path("", views.index, name="index"),
    path("export/", views.export, name="export"),
    path("enter/", views.enter, name="enter"),
    path("import/", views.import_values, name="import"),
    path("import/template/", views.import_template, name="import_template"),
    path("statistics/import/", views.import_statistics, name="import_statistics"),
    path("statistics/template/", views.statistics_template, name="statistics_template"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/confirm/", views.confirm, name="confirm"),
]
