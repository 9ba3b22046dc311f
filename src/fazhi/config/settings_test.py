"""Test settings: the real settings with a fast password hasher.

Everything else (axes, CSRF, security headers) stays as in production, so
the tests exercise what users get.
"""

from fazhi.config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Files the tests upload or the demo generates stay apart from a developer's real uploads.
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
