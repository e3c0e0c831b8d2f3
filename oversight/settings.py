"""Oversight's settings: environment variables over safe development defaults."""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    value = os.getenv(name, default).lower()
    if value not in ("true", "false", "1", "0", "yes", "no"):
        raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")
    return value in ("true", "1", "yes")


def envint(name: str, default: str) -> int:
    value = os.getenv(name, default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} must be a whole number, not {value!r}"
        ) from None


def database_from_url(url: str) -> dict:
    """Django's DATABASES entry for a postgres:// or sqlite:/// URL.

    A PostgreSQL server on a Unix socket is named with ?host=/path/to/socket/dir.
    """
    parts = urlparse(url)
    if parts.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": unquote(parts.path)}
    if parts.scheme not in ("postgres", "postgresql"):
        raise ImproperlyConfigured(f"DATABASE_URL: unsupported scheme {parts.scheme!r}")
    query = parse_qs(parts.query)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": query.get("host", [parts.hostname or ""])[0],
        "PORT": str(parts.port or ""),
        # Keeping each process's connection for the next request halves the cost of
        # a small request (a connect per request costs as much as the work); the
        # health check replaces a connection the server dropped meanwhile.
        "CONN_MAX_AGE": envint("DB_CONN_MAX_AGE", "60"),
        "CONN_HEALTH_CHECKS": True,
    }


def cache_from_url(url: str) -> dict:
    """Django's CACHES entry: a table in the database unless CACHE_URL names a Redis
    server (redis:// or rediss://), for when one database is not enough."""
    if not url:
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "oversight_cache",  # made by `manage.py createcachetable`
            # A day's rendered reports; past this many entries a third are dropped.
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    scheme = urlparse(url).scheme
    if scheme not in ("redis", "rediss"):
        raise ImproperlyConfigured(f"CACHE_URL: unsupported scheme {scheme!r}")
    return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}


def tasks_from_url(url: str) -> tuple[dict, dict]:
    """Django's TASKS and django-rq's RQ_QUEUES: a table in the database, served by
    `manage.py db_worker`, unless TASKS_URL names a Redis server (redis:// or
    rediss://, Valkey alike): then RQ keeps the queue, served by `manage.py rqworker`."""
    if not url:
        return {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}, {}
    scheme = urlparse(url).scheme
    if scheme not in ("redis", "rediss"):
        raise ImproperlyConfigured(f"TASKS_URL: unsupported scheme {scheme!r}")
    tasks = {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}
    return {"default": tasks}, {"default": {"URL": url}}


DEV_SECRET_KEY = "dev-only-not-secret-change-me-in-production"
SECRET_KEY = os.getenv("SECRET_KEY", DEV_SECRET_KEY)
DEBUG = envbool("DEBUG", "true")
ALLOWED_HOSTS = os.getenv("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
if not DEBUG and SECRET_KEY == DEV_SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY when DEBUG is false.")

INSTALLED_APPS = [
    "oversight.apps.AdminConfig",  # Django's admin, its sign-in throttled
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    # What every app stands on (limits, middleware, logging, health, formats): it
    # imports no app. Its db_worker (the library's, plus taking back the tasks of
    # workers that died) replaces django_tasks_db's own: the first app's command wins.
    "oversight.lib",
    "assessment",
    "councils",
    "documents",
    "catalogue",
    "django_tasks_db",
]

MIDDLEWARE = [
    "oversight.lib.middleware.RequestSizeLimitMiddleware",
    "oversight.lib.middleware.CleanTextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "assessment.middleware.EmployeeStateMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "oversight.urls"

# Council accounts: a user name and a password, no e-mail address.
LOGIN_URL = "councils:login"
LOGIN_REDIRECT_URL = LOGOUT_REDIRECT_URL = "councils:councils"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]
WSGI_APPLICATION = "oversight.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        os.getenv("DATABASE_URL", f"sqlite:///{BASE_DIR / 'oversight.sqlite3'}")
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("de", _("German")), ("fr", _("French"))]
USE_I18N = True
FORMAT_MODULE_PATH = ["oversight.lib.formats"]  # English dates as 4 January 2027
# One catalogue per language for every app's strings.
LOCALE_PATHS = [BASE_DIR / "oversight" / "locale"]
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.getenv("STATIC_ROOT", BASE_DIR / "staticfiles"))

# Council members' sign-ins live in the database, so that signing out or changing a
# password ends a session everywhere. Employees never get a session row: which
# assessments a browser may open lives in a signed cookie of its own
# (assessment.access), and messages in a cookie (docs/anonymity.md).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", str(60 * 60 * 24 * 30))

CACHES = {
    # Shared by every process: rendered documents and the locks on rendering them.
    "default": cache_from_url(os.getenv("CACHE_URL", "")),
    # Fragments of pages ({% cache %}) are keyed by what they show, so each process
    # keeps its own in memory and spares the shared cache a query per fragment.
    "template_fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}

# Background work (reports rendered before anyone asks): the database is the queue,
# served by `manage.py db_worker`, or Redis by TASKS_URL (docs/tasks.md).
TASKS, RQ_QUEUES = tasks_from_url(os.getenv("TASKS_URL", ""))
if RQ_QUEUES:
    INSTALLED_APPS.append("django_rq")  # its `rqworker` command runs the tasks
# /healthz answers 503 when tasks have waited longer than this (seconds) and no task
# started or finished meanwhile: no worker makes progress (a long queue alone is fine).
TASK_QUEUE_MAX_AGE = envint("TASK_QUEUE_MAX_AGE", "300")
# A task running longer than this (seconds) is taken for lost with its worker: a worker
# puts it back in the queue (three runs at most), and /healthz fails past twice this.
TASK_TIME_LIMIT = envint("TASK_TIME_LIMIT", "120")
# Renders one client may queue ahead in an hour; past it, its downloads render on demand.
RENDERS_AHEAD_PER_CLIENT = envint("RENDERS_AHEAD_PER_CLIENT", "30")
# A download waits up to this long (seconds) for the render another process is making,
# and then makes its own (a renderer that died is noticed within seconds: its lease).
DOCUMENT_RENDER_WAIT = envint("DOCUMENT_RENDER_WAIT", "20")

# Nothing but this site's own files: no inline script or style, no third parties.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
MAX_REQUEST_BYTES = envint("MAX_REQUEST_BYTES", str(2 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_REQUEST_BYTES
RATE_LIMITS_ENABLED = envbool("RATE_LIMITS_ENABLED", "true")
# How many proxies in front of the app add the address they saw to X-Forwarded-For.
# The limits count the address the outermost one saw (oversight/lib/client_address.py);
# with none, the header is ignored, since any client may send one.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", "0")
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more")
# The Django admin (/admin/): on in development, off in production unless asked for.
ADMIN_ENABLED = envbool("ADMIN_ENABLED", "true" if DEBUG else "false")
# Where corrections to the catalogue of products are reported (a URL or a mailto:),
# shown on each product's page; empty: the pages say how to report through the project.
CATALOGUE_CORRECTIONS = os.getenv("CATALOGUE_CORRECTIONS", "")

# CPU seconds an uploaded reply's reader may spend before it is stopped
# (documents/reply_text.py); its memory and wall-clock bounds are fixed there.
REPLY_READER_CPU_SECONDS = int(os.getenv("REPLY_READER_CPU_SECONDS", "5"))
# Each server process makes a letter in every format as it starts (about 2 s, and
# WeasyPrint's 30 MB), so that a person's first letter is as quick as the next.
WARM_UP_DOCUMENTS = envbool("WARM_UP_DOCUMENTS", "false" if DEBUG else "true")

if not DEBUG:
    # WhiteNoise serves the files `collectstatic` gathered, under names with their
    # hash (cached for a year) and compressed; in development runserver serves them.
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
        "whitenoise.middleware.WhiteNoiseMiddleware",
    )
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "true")
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "true")
    if envbool("BEHIND_TLS_PROXY", "false"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Oversight never logs request addresses; Django's own request log stays at warnings.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "secrets": {
            "()": "oversight.lib.logging.RedactSecrets",
            # The routes whose next segment is a secret: resume and invitation links.
            "paths": ["resume", "council/join"],
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["secrets"]}},
    "loggers": {
        # Django logs the path of every 4xx; a resume or invitation token is in it.
        name: {"filters": ["secrets"]}
        for name in ("django.request", "django.server", "django.security")
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
