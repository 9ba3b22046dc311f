"""``fazhi report draft --region CODE --year YYYY``: draft the government's own report.

Composes the draft from the platform's numbers (a new version), reads it back with the
reading engine, prints what the read-back found, and writes the Word file when it is
clean (``--output``; by default the report's Chinese name in the current directory).
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.reports import actions
from fazhi.reports.readback import read_back


class Command(BaseCommand):
    help = "The government's own annual report: `draft --region CODE --year YYYY [--output FILE]`."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="subcommand", required=True)
        draft = sub.add_parser("draft", help="draft the report from the platform's data")
        draft.add_argument("--region", required=True, help="the region's 6-digit code")
        draft.add_argument("--year", type=int, required=True, help="the year reported on")
        draft.add_argument("--output", default="", help="the Word file to write")

    def handle(self, *args, **options):
        with translation.override("zh-hans"):
            return self._draft(options)

    def _draft(self, options):
        try:
            draft = actions.create_draft(
                None, region_code=options["region"], year=options["year"], system=True
            )
        except ActionRefused as refusal:
            raise CommandError(refusal.message) from None
        result = read_back(draft)
        self.stdout.write(
            _("Draft %(version)d of %(title)s: %(figures)d figures.")
            % {"version": draft.version, "title": draft.title, "figures": draft.figures.count()}
        )
        if not result.clean:
            for problem in result.problems:
                self.stdout.write(f"  {problem}")
            raise CommandError(_("The read-back is not clean: no Word file written."))
        data, name = actions.clean_docx(None, draft, system=True)
        path = Path(options["output"] or name)
        path.write_bytes(data)
        self.stdout.write(
            _("Read back: compliant, no defects, every figure coded. Written: %(path)s") % {"path": path}
        )
