"""The Django project: settings read from the environment, URLs, WSGI entry."""
