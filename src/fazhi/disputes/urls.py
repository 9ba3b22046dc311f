from django.urls import path

from fazhi.disputes import views

app_name = "disputes"
urlpatterns = [
    path("", views.index, name="index"),
    path("export/", views.export, name="export"),
    path("new/", views.receive, name="receive"),
    path("statistics/", views.statistics, name="statistics"),
    path("<int:pk>/", views.detail, name="case"),
    path("<int:pk>/step/<slug:name>/", views.step, name="step"),
    path("<int:pk>/document/<slug:kind>/", views.document, name="document"),
]
