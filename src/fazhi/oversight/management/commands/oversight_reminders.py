from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from fazhi.oversight.reminders import send_reminders


class Command(BaseCommand):
    help = "Remind units of rectification deadlines that are near or past (run daily)."

    def handle(self, *args, **options):
        self.stdout.write(_("%(n)d reminders sent.") % {"n": send_reminders()})
