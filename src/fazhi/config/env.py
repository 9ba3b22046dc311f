"""Strict readers for settings taken from the environment.

A typo in a production variable must stop the process, not silently fall back
to a default: ``FAZHI_DEBUG=yes`` is refused rather than read as false.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = frozenset({"true", "1"})
FALSE_WORDS = frozenset({"false", "0"})


def parse_bool(name: str, raw: str) -> bool:
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r}: use true/false or 1/0")


def env_bool(name: str, default: bool, environ=os.environ) -> bool:
    raw = environ.get(name)
    if raw is None or raw == "":
        return default
    return parse_bool(name, raw)


def env_int(
    name: str, default: int, environ=os.environ, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    raw = environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r}: not a whole number") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r}: must be at least {minimum}")
    if maximum is not None and value > maximum:
        raise ImproperlyConfigured(f"{name}={raw!r}: must be at most {maximum}")
    return value


def env_list(name: str, default: list[str], environ=os.environ) -> list[str]:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return list(default)
    items = [item.strip() for item in raw.split(",")]
    if any(not item for item in items):
        raise ImproperlyConfigured(f"{name}={raw!r}: empty item in comma-separated list")
    return items


def env_networks(
    name: str, default: list[str], environ=os.environ
) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """Comma-separated networks (``10.0.0.0/8``) or single addresses; a malformed one stops the process."""
    networks = []
    for item in env_list(name, default, environ):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ImproperlyConfigured(f"{name}: {item!r} is not a network or address") from None
    return networks


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def env_log_level(name: str, default: str, environ=os.environ) -> str:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    level = raw.strip().upper()
    if level not in LOG_LEVELS:
        raise ImproperlyConfigured(f"{name}={raw!r}: use one of {', '.join(LOG_LEVELS)}")
    return level


def secret_key(environ, var_dir: Path) -> str:
    """The key from FAZHI_SECRET_KEY, else one generated once and kept under var/.

    The kept key makes sessions survive restarts of a local install without
    anyone having to invent a key; production sets the variable.
    """
    key = environ.get("FAZHI_SECRET_KEY", "").strip()
    if key:
        if len(key) < 50:
            raise ImproperlyConfigured("FAZHI_SECRET_KEY must be at least 50 characters")
        return key
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # O_EXCL: two processes starting at once must not write two keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key
