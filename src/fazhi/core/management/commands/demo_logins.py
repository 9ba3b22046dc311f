from django.core.management.base import BaseCommand

from fazhi.core.management.commands.load_demo import demo_modules


class Command(BaseCommand):
    help = "Print the demo logins."

    def handle(self, *args, **options):
        for module in demo_modules():
            for line in getattr(module, "login_lines", lambda: [])():
                self.stdout.write(line)
