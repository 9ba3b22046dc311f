"""Test settings: the real settings with a fast password hasher.

Everything else (axes, CSRF, security headers) stays as in production, so
the tests exercise what users get.
"""

from fazhi.config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
