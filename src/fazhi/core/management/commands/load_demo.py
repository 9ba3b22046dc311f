"""``fazhi manage load_demo``: the demo region, idempotent.

Each installed fazhi app may have a ``demo.py`` with ``load(stdout)``; they
run in INSTALLED_APPS order (org first, so later apps find the region).
Each must leave existing rows alone and only add what is missing.
"""

from django.core.management.base import BaseCommand

from fazhi.core.modules import app_modules


class Command(BaseCommand):
    help = "Load the demo region (keeps existing data; safe to run again)."

    def handle(self, *args, **options):
        for _config, module in app_modules("demo"):
            module.load(self.stdout)
