"""The HTTP API (django-ninja) with its OpenAPI description at /api/openapi.json.

Each app keeps its endpoints in its own ``api.py`` as a Router; this package
only mounts them, authenticates (the session, with CSRF on writes) and maps
the platform's exceptions to HTTP answers.
"""
