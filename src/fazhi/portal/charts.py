"""The year page's chart: each rate this year beside last year, as server-side SVG.

The assessment's charts (``fazhi.assessment.charts``) set the approach: SVG drawn on
the server, no JavaScript, no CDN, a <title> for screen readers, and every number also
in the figures beside the chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from fazhi.assessment.charts import ACCENT, GRID, INK

LAST_YEAR = "#9ca3af"


def comparison_chart(
    rows: Sequence[tuple[str, Decimal | None, Decimal | None]], *, title: str, legend: tuple[str, str]
) -> SafeString:
    """Paired horizontal bars on a 0–100 scale: (label, this year, last year) per row."""
    # Narrow enough that 12px labels stay legible on a phone (the SVG scales to the screen).
    width, left, right, row = 420, 150, 50, 34
    height = row * len(rows) + 30
    scale = (width - left - right) / 100
    parts = [
        f'<rect x="{left}" y="4" width="10" height="10" fill="{ACCENT}"/>'
        f'<text x="{left + 14}" y="13" font-size="12" fill="{INK}">{escape(legend[0])}</text>'
        f'<rect x="{left + 60}" y="4" width="10" height="10" fill="{LAST_YEAR}"/>'
        f'<text x="{left + 74}" y="13" font-size="12" fill="{INK}">{escape(legend[1])}</text>',
        f'<line x1="{left}" y1="22" x2="{left}" y2="{height}" stroke="{GRID}"/>',
    ]
    for index, (label, current, previous) in enumerate(rows):
        y = 24 + index * row
        parts.append(
            f'<text x="{left - 6}" y="{y + 17}" text-anchor="end" font-size="12" fill="{INK}">'
            f"{escape(str(label)[:12])}</text>"
        )
        for offset, value, colour in ((0, current, ACCENT), (14, previous, LAST_YEAR)):
            if value is None:
                continue
            length = max(0.0, min(100.0, float(value))) * scale
            parts.append(
                f'<rect x="{left}" y="{y + offset + 2}" width="{length:.1f}" height="12" fill="{colour}"/>'
                f'<text x="{left + length + 4:.1f}" y="{y + offset + 12}" font-size="11" fill="{INK}">'
                f"{escape(f'{value.normalize():f}')}%</text>"
            )
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>'
        f"{''.join(parts)}</svg>"
    )
