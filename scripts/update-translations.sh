#!/usr/bin/env bash
# Refresh the zh_Hans catalogues of the platform apps after UI text changed:
# extract msgids (needs GNU gettext's xgettext), fill them from
# scripts/translations_zh.py, and write the .mo files (pure Python).
set -euo pipefail
cd "$(dirname "$0")/.."
for app in $(.venv/bin/python -c 'import sys; sys.path.insert(0, "scripts"); import translations_zh as t; print(" ".join(t.APPS))'); do
  (cd "src/fazhi/$app" && mkdir -p locale && FAZHI_VAR_DIR="${TMPDIR:-/tmp}/fazhi-i18n" ../../../.venv/bin/fazhi manage makemessages -l zh_Hans --no-location -v0)
done
.venv/bin/python scripts/translations_zh.py
