"""Charts drawn as inline SVG by our own code: no library, no script, prints anywhere."""

from html import escape

SEVERITY_COLOURS = {
    "critical": "#a4161a",
    "high": "#9c4400",
    "medium": "#8a6d00",
    "low": "#6c757d",
    None: "#c8d0d9",
}


def concern_bars(rows: list[tuple[str, str | None, int]], title: str) -> str:
    """Horizontal bars, one per concern: (label, worst severity or None, findings)."""
    row_height, label_width, bar_width = 22, 250, 300
    most = max((count for _label, _severity, count in rows), default=0) or 1
    height = row_height * len(rows) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
        f'viewBox="0 0 {label_width + bar_width + 40} {height}" '
        f'width="{label_width + bar_width + 40}" height="{height}" '
        f'font-family="Oversight Sans, DejaVu Sans Condensed, sans-serif">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, severity, count) in enumerate(rows):
        y = 5 + index * row_height
        width = round(bar_width * count / most)
        parts += [
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" '
            f'font-size="12">{escape(label)}</text>',
            f'<rect x="{label_width}" y="{y + 3}" width="{max(width, 2)}" height="16" '
            f'fill="{SEVERITY_COLOURS[severity]}"/>',
            f'<text x="{label_width + max(width, 2) + 6}" y="{y + 15}" '
            f'font-size="12">{count}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)
