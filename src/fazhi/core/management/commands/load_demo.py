"""``fazhi manage load_demo``: the demo region, idempotent.

Each installed fazhi app may have a ``demo.py`` with ``load(stdout)``; they
run in INSTALLED_APPS order (org first, so later apps find the region).
Each must leave existing rows alone and only add what is missing.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


def demo_modules():
    for config in apps.get_app_configs():
        if config.name.startswith("fazhi.") and find_spec(f"{config.name}.demo") is not None:
            yield import_module(f"{config.name}.demo")


class Command(BaseCommand):
    help = "Load the demo region (keeps existing data; safe to run again)."

    def handle(self, *args, **options):
        for module in demo_modules():
            module.load(self.stdout)
