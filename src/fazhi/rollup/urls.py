from django.urls import path

from fazhi.rollup import views

app_name = "rollup"

urlpatterns = [
    path("", views.index, name="index"),
]
