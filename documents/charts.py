"""Charts drawn as inline SVG by our own code: no library, no script, prints anywhere."""

from html import escape

SEVERITY_COLOURS = {
    "critical": "#a4161a",
    "high": "#9c4400",
    "medium": "#8a6d00",
    "low": "#6c757d",
    None: "#c8d0d9",
}
SHARE_COLOUR = "#1f4e79"


def _bars(rows: list[tuple[str, float, str, str]], title: str) -> str:
    """Horizontal bars: (label, length from 0 to 1, colour, text after the bar)."""
    row_height, bar_width = 22, 300
    # Room for the longest label (about 7 units a character at this size), at most 250.
    longest = max((len(label) for label, *_rest in rows), default=0)
    label_width = min(250, 16 + 7 * longest)
    height = row_height * len(rows) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
        f'viewBox="0 0 {label_width + bar_width + 60} {height}" '
        f'width="{label_width + bar_width + 60}" height="{height}" '
        f'font-family="Oversight Sans, DejaVu Sans Condensed, sans-serif">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, length, colour, text) in enumerate(rows):
        y = 5 + index * row_height
        width = max(round(bar_width * length), 2)
        parts += [
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" '
            f'font-size="12">{escape(label)}</text>',
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="16" '
            f'fill="{colour}"/>',
            f'<text x="{label_width + width + 6}" y="{y + 15}" '
            f'font-size="12">{escape(text)}</text>',
        ]
    parts.append("</svg>")
    return "".join(parts)


def concern_bars(rows: list[tuple[str, str | None, int]], title: str) -> str:
    """One bar per concern: (label, worst severity or None, findings)."""
    most = max((count for _label, _severity, count in rows), default=0) or 1
    return _bars(
        [
            (label, count / most, SEVERITY_COLOURS[severity], str(count))
            for label, severity, count in rows
        ],
        title,
    )


def share_bars(rows: list[tuple[str, int | None]], title: str, hidden: str) -> str:
    """One bar per figure: (label, percent or None when hidden, shown as `hidden`)."""
    return _bars(
        [
            (
                label,
                0 if share is None else share / 100,
                SEVERITY_COLOURS[None] if share is None else SHARE_COLOUR,
                hidden if share is None else f"{share} %",
            )
            for label, share in rows
        ],
        title,
    )
