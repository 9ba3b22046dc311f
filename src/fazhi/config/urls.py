from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from fazhi.portal.urls import app_portal_patterns

urlpatterns = [
    path("", include("fazhi.core.urls")),
    path("org/", include("fazhi.org.urls")),
    path("normdocs/", include("fazhi.normdocs.urls")),
    path("decisions/", include("fazhi.decisions.urls")),
    path("counsel/", include("fazhi.counsel.urls")),
    path("indicators/", include("fazhi.indicators.urls")),
    path("assessment/", include("fazhi.assessment.urls")),
    path("oversight/", include("fazhi.oversight.urls")),
    path("filings/", include("fazhi.filings.urls")),
    path("plans/", include("fazhi.plans.urls")),
    path("portal/", include("fazhi.portal.urls")),
    path("portal/", include(app_portal_patterns())),
    path("api/", include("fazhi.api.urls")),
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico on pages that name none (the admin's).
    path("favicon.ico", RedirectView.as_view(url=static("core/favicon.svg"), permanent=True)),
]

# The portal answers its own 404s for citizens (no login links); the rest keep core/404.html.
handler404 = "fazhi.portal.views.page_not_found"
