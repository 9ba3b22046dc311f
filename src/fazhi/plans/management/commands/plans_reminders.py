from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from fazhi.plans.reminders import send_reminders


class Command(BaseCommand):
    help = "Remind lead units of key tasks due soon or overdue (run daily)."

    def handle(self, *args, **options):
        self.stdout.write(_("%(n)d reminders sent.") % {"n": send_reminders()})
