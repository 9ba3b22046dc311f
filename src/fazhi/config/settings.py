"""fazhi's one settings module, read from the environment (see docs/architecture.md).

Production variables (all checked by ``fazhi manage check --deploy``):

- ``FAZHI_SECRET_KEY``    at least 50 characters; unset, a key is generated under var/
- ``FAZHI_ALLOWED_HOSTS`` comma-separated host names (default 127.0.0.1,localhost)
- ``FAZHI_HTTPS``         true behind TLS: secure cookies, HSTS, redirect to https
- ``FAZHI_HSTS_SECONDS``  HSTS max-age when FAZHI_HTTPS is true (default one year)
- ``FAZHI_CSRF_TRUSTED_ORIGINS`` e.g. https://fazhi.example.gov.cn
- ``DATABASE_URL``        default sqlite:///var/fazhi.sqlite3; postgresql://... for PostgreSQL
- ``FAZHI_DEBUG``         true only on a developer's machine (strict: true/false/1/0)
- ``FAZHI_SESSION_MINUTES`` idle minutes before a login expires (default 120)
- ``FAZHI_VAR_DIR``       where the SQLite file, the generated key and uploads live
- ``FAZHI_STATIC_ROOT``   where ``collectstatic`` writes (optional: WhiteNoise serves from the packages)
- ``FAZHI_EMAIL_HOST`` (+ ``_PORT``, ``_USER``, ``_PASSWORD``, ``_USE_SSL``, ``_USE_TLS``, ``_FROM``)
                          mail for notices; unset, fazhi sends no mail
- ``FAZHI_WEB_WORKERS``, ``FAZHI_BIND``, ``FAZHI_LOG_LEVEL``, ``FAZHI_METRICS_NETWORKS``,
  ``FAZHI_REMINDERS_HOUR``, ``FAZHI_INDICATORS_REFRESH_HOUR``: serving and jobs (docs/operations.md)
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from fazhi.config.env import env_bool, env_int, env_list, env_log_level, env_networks, secret_key

ENV = os.environ
PACKAGE_DIR = Path(__file__).resolve().parent.parent
# In a checkout (editable install) var/ sits beside pyproject.toml; installed
# elsewhere, it is relative to the working directory unless FAZHI_VAR_DIR says.
_CHECKOUT = PACKAGE_DIR.parent.parent
_DEFAULT_VAR = _CHECKOUT / "var" if (_CHECKOUT / "pyproject.toml").exists() else Path.cwd() / "var"
VAR_DIR = Path(ENV.get("FAZHI_VAR_DIR") or _DEFAULT_VAR)

DEBUG = env_bool("FAZHI_DEBUG", False)
SECRET_KEY = secret_key(ENV, VAR_DIR)
ALLOWED_HOSTS = env_list("FAZHI_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("FAZHI_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # fazhi's apps come first: their templates and translations win over
    # Django's (the admin translates "Log out" as 注销, we say 退出).
    "fazhi.core",
    "fazhi.org",
    # duty apps, then cycle apps, go here (see CONTRIBUTING.md)
    "fazhi.normdocs",
    "fazhi.decisions",
    "fazhi.counsel",
    "fazhi.enforcement",
    "fazhi.inspections",
    "fazhi.education",
    "fazhi.disputes",
    "fazhi.indicators",
    "fazhi.assessment",
    "fazhi.oversight",
    "fazhi.filings",
    "fazhi.plans",
    "fazhi.reports",
    "fazhi.rollup",
    "fazhi.portal",
    "fazhi.api",
    "fazhi.ops",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "simple_history",
    "axes",
    "ninja",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: it times and logs every request, and counts it for /metrics.
    "fazhi.ops.middleware.RequestLogMiddleware",
    "fazhi.ops.middleware.ProbeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "fazhi.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "fazhi.ops.middleware.SessionIdleMiddleware",
    "fazhi.ops.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "fazhi.core.middleware.OutOfRangeMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "fazhi.org.middleware.current_office",
    "django.contrib.messages.middleware.MessageMiddleware",
    "fazhi.core.middleware.MethodNotAllowedPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # axes last: it reads the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "fazhi.config.urls"
WSGI_APPLICATION = "fazhi.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "fazhi.core.context_processors.shell",
                "fazhi.org.context_processors.office",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        ENV.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'fazhi.sqlite3'}",
        conn_max_age=env_int("FAZHI_DB_CONN_MAX_AGE", 0, minimum=0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE: a writer takes the lock at BEGIN, so two requests never
    # deadlock upgrading read locks; WAL lets readers run beside one writer.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "org.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "fazhi.core.passwords.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Lockout: five failures for one user name from one address lock that pair
# for an hour; the message is shown on the login page.
AXES_FAILURE_LIMIT = env_int("FAZHI_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("FAZHI_LOGIN_COOLOFF_MINUTES", 60, minimum=1) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "core/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "fazhi.core.security.client_ip"
AXES_VERBOSE = False

# Sessions end after FAZHI_SESSION_MINUTES without a request, and with the browser.
SESSION_COOKIE_AGE = env_int("FAZHI_SESSION_MINUTES", 120, minimum=5) * 60
# Not on every request: a read must not write (on SQLite one held write lock would
# stall every logged-in page). SessionIdleMiddleware renews the expiry a few times
# per session age instead, so idle logins still end after FAZHI_SESSION_MINUTES.
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

HTTPS = env_bool("FAZHI_HTTPS", False)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = env_int("FAZHI_HSTS_SECONDS", 31_536_000, minimum=0) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
FAZHI_BEHIND_PROXY = env_bool("FAZHI_BEHIND_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if FAZHI_BEHIND_PROXY else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("Simplified Chinese"))]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS: list[str] = []

STATIC_URL = "/static/"
# Only for `collectstatic` in production; unset, WhiteNoise serves from the packages.
STATIC_ROOT = Path(ENV["FAZHI_STATIC_ROOT"]) if ENV.get("FAZHI_STATIC_ROOT") else None
# Served by WhiteNoise straight from the installed packages, so a fresh
# checkout works without collectstatic; production may still collect.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
# Uploads are never served by URL (no MEDIA_URL route): scoped views stream them.
MEDIA_ROOT = VAR_DIR / "media"
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# Mail for notices (reminders, returned records): off unless FAZHI_EMAIL_HOST is set.
EMAIL_HOST = ENV.get("FAZHI_EMAIL_HOST", "")
FAZHI_EMAIL_ENABLED = bool(EMAIL_HOST)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if FAZHI_EMAIL_ENABLED
    else "django.core.mail.backends.dummy.EmailBackend"
)
EMAIL_PORT = env_int("FAZHI_EMAIL_PORT", 465, minimum=1)
EMAIL_HOST_USER = ENV.get("FAZHI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = ENV.get("FAZHI_EMAIL_PASSWORD", "")
EMAIL_USE_SSL = env_bool("FAZHI_EMAIL_USE_SSL", EMAIL_PORT == 465)
EMAIL_USE_TLS = env_bool("FAZHI_EMAIL_USE_TLS", False) and not EMAIL_USE_SSL
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = ENV.get("FAZHI_EMAIL_FROM", "fazhi@localhost")
EMAIL_SUBJECT_PREFIX = "[法治] "

# Normative documents (规范性文件): numbers the law leaves to each place; see docs/duties.md.
NORMDOCS_FILING_DAYS = env_int("FAZHI_NORMDOCS_FILING_DAYS", 30, minimum=1)
NORMDOCS_FILING_IN_WORKING_DAYS = env_bool("FAZHI_NORMDOCS_FILING_IN_WORKING_DAYS", False)
NORMDOCS_REVIEW_WORKING_DAYS = env_int("FAZHI_NORMDOCS_REVIEW_WORKING_DAYS", 15, minimum=1)
NORMDOCS_EXPIRY_WARNING_DAYS = env_int("FAZHI_NORMDOCS_EXPIRY_WARNING_DAYS", 180, minimum=1)
# Major decisions: the shortest public comment period without a stated reason (Art.15).
DECISIONS_COMMENT_DAYS = env_int("FAZHI_DECISIONS_COMMENT_DAYS", 30, minimum=1)
# Random inspections (docs/inspections.md): the default sampling ratios in percent (at least 5 %
# where the law is silent; raised for high-risk or flagged entities) and the working days
# within which a result is published (Hebei rule).
INSPECTIONS_SAMPLING_PERCENT = env_int("FAZHI_INSPECTIONS_SAMPLING_PERCENT", 5, minimum=1)
INSPECTIONS_RAISED_SAMPLING_PERCENT = env_int("FAZHI_INSPECTIONS_RAISED_SAMPLING_PERCENT", 10, minimum=1)
INSPECTIONS_PUBLICATION_WORKING_DAYS = env_int("FAZHI_INSPECTIONS_PUBLICATION_WORKING_DAYS", 20, minimum=1)
# Legal education: the year's minimum of collective law-study sessions ([P69]); docs/education.md.
EDUCATION_MIN_STUDY_SESSIONS = env_int("FAZHI_EDUCATION_MIN_STUDY_SESSIONS", 4, minimum=1)

# Rows on one page of a list (core.pages.paged): a province's lists are read a page at a time.
LIST_PAGE_SIZE = env_int("FAZHI_LIST_PAGE_SIZE", 50, minimum=1)

# Assessment letters (PDF): a TrueType CJK font to embed; unset, a Debian font is looked for
# and reportlab's STSong-Light is the last resort (docs/indicators-assessment.md).
FAZHI_PDF_FONT = ENV.get("FAZHI_PDF_FONT", "")

# API lists: 100 rows a page unless asked, never more than 500.
NINJA_PAGINATION_PER_PAGE = 100
NINJA_PAGINATION_MAX_LIMIT = 500

# Serving (`fazhi serve`, docs/operations.md): gunicorn workers default to 2 per CPU + 1.
WEB_WORKERS = env_int("FAZHI_WEB_WORKERS", 2 * (os.cpu_count() or 1) + 1, minimum=1)
WEB_BIND = ENV.get("FAZHI_BIND", "127.0.0.1:8000")
# /metrics answers only these client networks (the office's monitoring); others get 404.
METRICS_NETWORKS = env_networks("FAZHI_METRICS_NETWORKS", ["127.0.0.1/32", "::1/128"])

# Jobs: django-tasks' database backend, run by `fazhi worker` (docs/operations.md).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Hours of the day (Asia/Shanghai) at which the worker starts the daily jobs.
REMINDERS_HOUR = env_int("FAZHI_REMINDERS_HOUR", 7, minimum=0, maximum=23)
INDICATORS_REFRESH_HOUR = env_int("FAZHI_INDICATORS_REFRESH_HOUR", 2, minimum=0, maximum=23)

# One JSON object a line on stdout, for journald, docker logs or a log shipper.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "fazhi.ops.logs.JsonLineFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "fazhi": {"level": env_log_level("FAZHI_LOG_LEVEL", "INFO")},
        # Task start, end and failure; not django_tasks_db's line per idle round.
        "django_tasks": {"level": "INFO"},
    },
}
