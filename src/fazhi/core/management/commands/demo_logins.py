from django.core.management.base import BaseCommand

from fazhi.core.modules import app_modules


class Command(BaseCommand):
    help = "Print the demo logins."

    def handle(self, *args, **options):
        for _config, module in app_modules("demo"):
            for line in getattr(module, "login_lines", lambda: [])():
                self.stdout.write(line)
