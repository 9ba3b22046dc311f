"""``fazhi manage reminders [app ...]``: every app's reminders, once a day.

Each installed fazhi app's ``reminders.send_reminders(today)`` runs in
INSTALLED_APPS order (``fazhi.core.reminders``); name apps to run only theirs.
A second run the same day sends nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.modules import app_modules


class Command(BaseCommand):
    help = "Send the reminders of every app (run daily; running again sends nothing twice)."

    def add_arguments(self, parser):
        parser.add_argument("apps", nargs="*", metavar="app", help="only these apps (their labels)")

    def handle(self, *args, apps, **options):
        found = app_modules("reminders")
        unknown = set(apps) - {config.label for config, _module in found}
        if unknown:
            raise CommandError(f"no reminders in: {', '.join(sorted(unknown))}")
        today = local_today()
        for config, module in found:
            if not apps or config.label in apps:
                sent = module.send_reminders(today)
                self.stdout.write(f"{config.label}: " + _("%(n)d reminders sent.") % {"n": sent})
