from django.urls import path

from fazhi.api.main import api

urlpatterns = [path("", api.urls)]
