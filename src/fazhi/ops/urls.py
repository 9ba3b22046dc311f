from django.urls import path

from fazhi.ops import views

app_name = "ops"

urlpatterns = [
    path("", views.index, name="index"),
    path("export/indicator-values/", views.start_indicator_values_export, name="export_indicator_values"),
    path("refresh/indicator-values/", views.start_indicator_refresh, name="refresh_indicators"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/progress/", views.progress, name="progress"),
    path("<int:pk>/download/", views.download, name="download"),
]
