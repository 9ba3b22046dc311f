from django.core.management.base import BaseCommand

from fazhi.normdocs import actions


class Command(BaseCommand):
    help = "Remind issuers of normative documents nearing expiry, and mark lapsed ones expired (run daily)."

    def handle(self, *args, **options):
        reminded = actions.send_expiry_reminders()
        lapsed = actions.lapse_expired()
        self.stdout.write(f"reminded={reminded} lapsed={lapsed}")
