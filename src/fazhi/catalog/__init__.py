"""Reference data shared by the platform and the reading engine.

Pure Python: nothing here imports Django (checked by import-linter in CI).
Modules: ``regions`` (GB/T 2260 codes and names), ``calendar`` (working days
with official holidays), ``indicators`` (the shared indicator codes) and
``elements`` (the statutory parts of an annual report).
"""
