from django.contrib import admin
from django.urls import include, path

from fazhi.portal.urls import app_portal_patterns

urlpatterns = [
    path("", include("fazhi.core.urls")),
    path("org/", include("fazhi.org.urls")),
    path("portal/", include("fazhi.portal.urls")),
    path("portal/", include(app_portal_patterns())),
    path("api/", include("fazhi.api.urls")),
    path("admin/", admin.site.urls),
]
