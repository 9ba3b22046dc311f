"""Server-side SVG charts: no JavaScript, no CDN, readable without the network.

Each function returns an SVG string (marked safe after escaping every label)
with a <title> for screen readers; the numbers are also in the tables beside
each chart, so a chart never holds the only copy of a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

INK, ACCENT, GRID = "#1f2937", "#b91c1c", "#d1d5db"


def _svg(width: int, height: int, title: str, body: str) -> SafeString:
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>{body}</svg>'
    )


# Label layout: CJK characters are about as wide as the font size, Latin ones about half.
LABEL_FONT = 12
LABEL_LINE_CHARS = 12  # a long unit name wraps after this many (full-width) characters
LABEL_MAX_LINES = 3


def _text_width(text: str) -> float:
    return sum(LABEL_FONT if ord(char) > 0x2E7F else LABEL_FONT * 0.6 for char in text)


def wrap_label(label: str, per_line: int = LABEL_LINE_CHARS, max_lines: int = LABEL_MAX_LINES) -> list[str]:
    """A label cut into lines of ``per_line`` characters; the whole name is kept (the last line takes the rest)."""
    label = str(label)
    lines = [label[start : start + per_line] for start in range(0, len(label), per_line)] or [""]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], "".join(lines[max_lines - 1 :])]
    return lines


def bar_chart(
    labels: Sequence[str], values: Sequence, *, title: str, max_value=None, width: int = 720
) -> SafeString:
    """Horizontal bars, one per label (ranking, points lost by area).

    Long Chinese names wrap onto up to three lines and the label column is as
    wide as the widest line, so no name is clipped.
    """
    wrapped = [wrap_label(label) for label in labels]
    line_height = LABEL_FONT + 3
    left = int(max((_text_width(line) for lines in wrapped for line in lines), default=0)) + 14
    right = 50
    width = max(width, left + 240 + right)
    top = float(max_value if max_value is not None else max([float(v) for v in values] or [1]) or 1)
    parts, y = [], 5
    for lines, value in zip(wrapped, values, strict=True):
        row = max(22, line_height * len(lines) + 7)
        length = 0 if top == 0 else (width - left - right) * float(value) / top
        first = y + row / 2 - line_height * (len(lines) - 1) / 2 + 4
        tspans = "".join(
            f'<tspan x="{left - 6}" y="{first + index * line_height:.1f}">{escape(line)}</tspan>'
            for index, line in enumerate(lines)
        )
        parts.append(
            f'<text text-anchor="end" font-size="{LABEL_FONT}" fill="{INK}">{tspans}</text>'
            f'<rect x="{left}" y="{y + row / 2 - 7:.1f}" width="{max(length, 0):.1f}" height="14" fill="{ACCENT}"/>'
            f'<text x="{left + max(length, 0) + 4:.1f}" y="{y + row / 2 + 4:.1f}" font-size="12" fill="{INK}">'
            f"{escape(_fmt(value))}</text>"
        )
        y += row
    return _svg(width, int(y) + 5, title, "".join(parts))


def histogram(
    values: Sequence,
    *,
    title: str,
    low: float = 0,
    high: float = 100,
    bins: int = 10,
    width: int = 640,
    height: int = 200,
) -> SafeString:
    """How many units scored in each band (the distribution)."""
    counts = [0] * bins
    span = (high - low) / bins
    for value in values:
        index = min(bins - 1, max(0, int((float(value) - low) // span)))
        counts[index] += 1
    tallest = max(counts) or 1
    bottom, left = height - 25, 30
    bar = (width - left - 10) / bins
    parts = [f'<line x1="{left}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" stroke="{GRID}"/>']
    for index, count in enumerate(counts):
        bar_height = (bottom - 15) * count / tallest
        x = left + index * bar
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{bottom - bar_height:.1f}" width="{bar - 4:.1f}" '
            f'height="{bar_height:.1f}" fill="{ACCENT}"/>'
            f'<text x="{x + bar / 2:.1f}" y="{bottom + 15}" text-anchor="middle" font-size="11" '
            f'fill="{INK}">{_fmt(low + index * span)}</text>'
        )
        if count:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{bottom - bar_height - 3:.1f}" text-anchor="middle" '
                f'font-size="11" fill="{INK}">{count}</text>'
            )
    return _svg(width, height, title, "".join(parts))


def line_chart(
    points: Sequence[tuple[object, object]],
    *,
    title: str,
    low: float | None = None,
    high: float | None = None,
    width: int = 640,
    height: int = 200,
) -> SafeString:
    """One series over years (a unit's score, the region's mean)."""
    if not points:
        return _svg(width, 40, title, f'<text x="10" y="25" font-size="12" fill="{INK}">—</text>')
    ys = [float(y) for _x, y in points]
    low = min(ys) if low is None else low
    high = max(ys) if high is None else high
    if high == low:
        high = low + 1
    left, bottom, top = 40, height - 25, 15
    step = (width - left - 30) / max(1, len(points) - 1)
    coords = [
        (left + index * step, bottom - (bottom - top) * (float(y) - low) / (high - low))
        for index, (_x, y) in enumerate(points)
    ]
    parts = [
        f'<line x1="{left}" y1="{bottom}" x2="{width - 10}" y2="{bottom}" stroke="{GRID}"/>',
        '<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>'.format(
            ACCENT, " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        ),
    ]
    for (x, y), (label, value) in zip(coords, points, strict=True):
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{ACCENT}"/>'
            f'<text x="{x:.1f}" y="{y - 7:.1f}" text-anchor="middle" font-size="11" fill="{INK}">'
            f"{escape(_fmt(value))}</text>"
            f'<text x="{x:.1f}" y="{bottom + 15}" text-anchor="middle" font-size="11" fill="{INK}">'
            f"{escape(str(label))}</text>"
        )
    return _svg(width, height, title, "".join(parts))


def _fmt(value) -> str:
    number = Decimal(str(value)).quantize(Decimal("0.01")).normalize()
    return f"{number:f}"
