from django.conf import settings

from fazhi.core import notices
from fazhi.core.modules import current_module, navigation


def shell(request):
    """What the page frame needs: the module list, the current module and the unread notice count."""
    user = getattr(request, "user", None)
    return {
        "nav_groups": navigation(),
        "current_module": current_module(request),
        "unread_notices": notices.unread_count(user) if user is not None else 0,
        "debug_banner": settings.DEBUG,
    }
