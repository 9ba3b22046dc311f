from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from fazhi.core.modules import app_modules
from fazhi.ops import health
from fazhi.portal.urls import app_portal_patterns

# Mounted by hand below: the public site and the API have their own places.
_MOUNTED_BY_HAND = {"portal", "api"}

# A database that fails outside a view (saving the session) still answers 503, not 500.
handler500 = "fazhi.ops.health.server_error"

urlpatterns = [
    path("", include("fazhi.core.urls")),
    # Every other installed fazhi app's urls.py at /<app label>/.
    *(
        path(f"{config.label}/", include(module))
        for config, module in app_modules("urls")
        if config.label not in _MOUNTED_BY_HAND
    ),
    path("portal/", include("fazhi.portal.urls")),
    path("portal/", include(app_portal_patterns())),
    path("api/", include("fazhi.api.urls")),
    path("admin/", admin.site.urls),
    # For load balancers and the office's monitoring (docs/operations.md).
    path("healthz", health.healthz, name="healthz"),
    path("metrics", health.metrics_view, name="metrics"),
    # Browsers ask for /favicon.ico on pages that name none (the admin's).
    path("favicon.ico", RedirectView.as_view(url=static("core/favicon.svg"), permanent=True)),
]

# The portal answers its own 404s for citizens (no login links); the rest keep core/404.html.
handler404 = "fazhi.portal.views.page_not_found"
