"""The report's timeline as an inline SVG: one lane per kind of event, deadlines marked."""

from __future__ import annotations

from html import escape

from drillbook.exercise.report import Report

LANES = ("inject", "decision", "message", "priority", "clock")
"""The lanes, top to bottom."""
COLOURS = {
    "inject": "#b45309",
    "decision": "#1d4ed8",
    "message": "#047857",
    "priority": "#7c3aed",
    "clock": "#b91c1c",
}
WIDTH, LEFT, RIGHT, LANE = 900, 90, 60, 34


def timeline_svg(report: Report) -> str:
    """An SVG drawing of the timeline; text is escaped, nothing is loaded from outside."""
    span = max(report.ended_minute, max((m.minute for m in report.timeline), default=0), 1)
    usable = WIDTH - LEFT - RIGHT

    def x(minute: float) -> float:
        return round(LEFT + min(minute, span) / span * usable, 1)

    height = LANE * (len(LANES) + 1) + 24  # room for the minute labels under the axis
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" aria-label="Exercise timeline">',
        "<title>Exercise timeline</title>",
    ]
    for n, lane in enumerate(LANES):
        y = LANE * (n + 1)
        parts.append(f'<text x="4" y="{y + 4}" font-size="12">{lane}</text>')
        parts.append(f'<line x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" stroke="#ddd"/>')
    for moment in report.timeline:
        if moment.kind not in LANES:
            continue
        y = LANE * (LANES.index(moment.kind) + 1)
        label = escape(f"min {moment.minute:g}: {moment.role} {moment.text}".strip())
        parts.append(
            f'<circle cx="{x(moment.minute)}" cy="{y}" r="5" fill="{COLOURS[moment.kind]}">'
            f"<title>{label}</title></circle>"
        )
    y = LANE * len(LANES)
    for clock in report.clocks:
        if clock.deadline is None:
            continue
        beyond = clock.deadline > span
        at = x(clock.deadline)
        after = ", after the exercise" if beyond else ""
        label = escape(f"{clock.name} due at minute {clock.deadline:g}{after}")
        mark = "&#8594;" if beyond else "&#9632;"
        parts.append(
            f'<text x="{at}" y="{y - 8}" font-size="11" fill="{COLOURS["clock"]}" '
            f'text-anchor="end">{mark}<title>{label}</title></text>'
        )
        parts.append(f'<text x="{at}" y="{y + 18}" font-size="10" text-anchor="end">{label}</text>')
    axis = LANE * (len(LANES) + 1)
    parts.append(f'<line x1="{LEFT}" y1="{axis}" x2="{WIDTH - RIGHT}" y2="{axis}" stroke="#333"/>')
    steps = 6
    for i in range(steps + 1):
        minute = span * i / steps
        parts.append(
            f'<text x="{x(minute)}" y="{axis + 14}" font-size="11" text-anchor="middle">'
            f"{minute:.0f}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)
